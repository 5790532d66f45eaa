import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { quotingArticle } from '@sourcetrace/store/testing';
import { ensureBuilt, launchChromium, serveCorpus, type Served } from './support/harness.js';

// One invented line carried by three invented outlets: word for word, trimmed, and altered.
const LINE =
  'The night buses will run until two again from the first of May because the late shifts need them';
const STORY = [
  { publisher: 'Daily Ledger', publishedAt: '2024-03-03', words: LINE },
  { publisher: 'Valley Courier', publishedAt: '2024-03-04', words: LINE.slice(0, 62) },
  { publisher: 'Harbour Post', publishedAt: '2024-03-05', words: LINE.replace('two', 'three') },
].map(({ words, ...rest }) =>
  quotingArticle({ ...rest, lines: [{ words, speaker: 'Ilse Marrow' }] }),
);

let served: Served;
let browser: Browser;
const pages: { page: Page; problems: string[] }[] = [];

async function openPage(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const watch = { page, problems: [] as string[] };
  pages.push(watch);
  page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
  await page.goto(served.url + path);
  return page;
}

const ready = (page: Page, view: string) => page.locator(`main[data-ready="${view}"]`).waitFor();

beforeAll(async () => {
  await ensureBuilt();
  served = await serveCorpus();
  for (const article of STORY) await served.store.putArticle(article);
  browser = await launchChromium();
}, 120_000);

afterEach(async () => {
  for (const { page, problems } of pages.splice(0)) {
    expect(problems).toEqual([]);
    await page.context().close();
  }
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('statements', () => {
  it('lists carried statements, and the statement page shows its timeline and changed words', async () => {
    const page = await openPage('/#/statements');
    await ready(page, 'statements');
    const card = page.locator('.statement-card');
    expect(await card.count()).toBe(1);
    await expect(card.locator('.statement-link').textContent()).resolves.toBe(LINE);
    await expect(card.textContent()).resolves.toContain('first in Daily Ledger on Mar 3, 2024');
    await expect(card.locator('.flag-badge').allTextContents()).resolves.toEqual(['altered']);

    await page.getByRole('link', { name: 'Unattributed elsewhere' }).click();
    await ready(page, 'statements');
    expect(await page.locator('.statement-card').count()).toBe(0);
    await page.getByRole('link', { name: 'Altered', exact: true }).click();
    await page.waitForURL(/flag=altered/);
    await ready(page, 'statements');

    await page.locator('.statement-link').click();
    await ready(page, 'statement');
    await expect(page.locator('.statement-canonical').textContent()).resolves.toBe(LINE);
    expect(await page.locator('.timeline-outlet').allTextContents()).toEqual([
      'Daily Ledger',
      'Valley Courier',
      'Harbour Post',
    ]);
    const altered = page.locator('.variant-altered');
    expect(await altered.locator('ins').allTextContents()).toEqual(['three']);
    expect(await altered.locator('del').allTextContents()).toEqual(['two']);
    const trimmed = page.locator('.variant:not(.variant-altered)');
    expect(await trimmed.locator('ins').count()).toBe(0);
    expect(await trimmed.locator('del').count()).toBe(1);
  });

  it('says in the article view where else a quote ran, and links to its statement', async () => {
    const page = await openPage(`/#/articles/${STORY[2]!.id}`);
    await ready(page, 'article');
    const link = page.locator('.seen-elsewhere .seen-link');
    await expect(link.textContent()).resolves.toBe(
      'also in 2 outlets, first in Daily Ledger on Mar 3, 2024',
    );
    await link.click();
    await ready(page, 'statement');
    expect(await page.locator('.timeline-item').count()).toBe(3);

    // From the timeline back to an article, where the same line says it was first reported there.
    await page.getByRole('link', { name: 'Daily Ledger' }).click();
    await ready(page, 'article');
    await expect(page.locator('.seen-elsewhere .seen-link').textContent()).resolves.toBe(
      'also in 2 outlets, first reported here',
    );
  });
});
