import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULE_EXPLANATIONS } from '@sourcetrace/article-model';
import { createClient } from '@sourcetrace/api-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bridgeArticle } from './fixtures.js';
import { hostileArticle, hostileLinkArticle, SCRIPT_HTML, SCRIPT_TEXT } from './hostile.js';
import { strikeStory } from './story.js';
import { ensureBuilt, launchChromium, serveCorpus, type Served } from './support/harness.js';

const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

let served: Served;
let browser: Browser;

/** What a page did that it must not: dialogs, CSP violations, uncaught errors, the hostile flag. */
interface Watch {
  page: Page;
  problems: string[];
}
const open: Watch[] = [];

async function openPage(
  path: string,
  options: { width?: number; height?: number; dark?: boolean } = {},
): Promise<Watch> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  const watch: Watch = { page, problems: [] };
  open.push(watch);
  page.on('dialog', (dialog) => {
    watch.problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const seen = ((window as unknown as { __violations?: string[] }).__violations ??= []);
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(served.url + path);
  return watch;
}

async function ready(page: Page, view: string): Promise<void> {
  await page.locator(`main[data-ready="${view}"]`).waitFor();
}

beforeAll(async () => {
  await ensureBuilt();
  served = await serveCorpus();
  for (const article of [strikeStory, bridgeArticle, hostileArticle, hostileLinkArticle])
    await served.store.putArticle(article);
  browser = await launchChromium();
}, 120_000);

afterEach(async () => {
  // Every page, in every test, must stay clean: nothing ran, nothing broke the CSP.
  for (const { page, problems } of open.splice(0)) {
    const flags = await page.evaluate(() => {
      const w = window as unknown as { __pwned?: unknown; __violations?: string[] };
      return { pwned: w.__pwned, violations: w.__violations ?? [] };
    });
    expect(flags.pwned).toBeUndefined();
    expect(flags.violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('library', () => {
  it('lists the articles with publisher and counts, and filters them', async () => {
    const { page } = await openPage('/');
    await ready(page, 'library');
    const story = page.locator('.card', { hasText: strikeStory.title! });
    await expect(story.locator('.publisher').textContent()).resolves.toBe('Harbour Gazette');
    await expect(story.locator('.card-counts').textContent()).resolves.toContain('6 quotes');
    expect(await page.locator('.card').count()).toBe(4);

    await page.getByLabel('Search', { exact: true }).fill('strike');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/#\/\?q=strike/);
    await ready(page, 'library');
    expect(await page.locator('.card-title').allTextContents()).toEqual([strikeStory.title]);

    // The address is a deep link: a fresh page shows the same results, and Back undoes the search.
    const { page: again } = await openPage('/#/?q=strike');
    await ready(again, 'library');
    expect(await again.locator('.card-title').allTextContents()).toEqual([strikeStory.title]);
    await page.goBack();
    await ready(page, 'library');
    expect(await page.locator('.card').count()).toBe(4);

    // The entity filter takes a name and keeps its id in the address.
    await page.getByLabel('Entity', { exact: true }).fill('Tomas Brandt');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/entity=/);
    await ready(page, 'library');
    expect(await page.locator('.card-title').allTextContents()).toEqual([bridgeArticle.title]);
    expect(await page.getByLabel('Entity', { exact: true }).inputValue()).toBe('Tomas Brandt');

    // A malformed filter in the address says which one, instead of failing silently.
    await page.evaluate(() => (window.location.hash = '#/?from=yesterday'));
    await ready(page, 'library');
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'The from filter is not valid',
    );
  });
});

describe('article', () => {
  it('highlights quotes in speaker colours with a legend and a card on hover and focus', async () => {
    const { page } = await openPage('/');
    await ready(page, 'library');
    await page.getByRole('link', { name: strikeStory.title! }).click();
    await ready(page, 'article');
    expect(page.url()).toContain(`#/articles/${strikeStory.id}`);

    // Varga has three quotes, Mensah two, Tavares one: colours follow that order.
    expect(await page.locator('.legend .chip').allTextContents()).toEqual([
      'Ilse Varga3',
      'Kwabena Mensah2',
      'Rui Tavares1',
    ]);
    const pieces = page.locator('.article-text mark.q');
    expect(await pieces.count()).toBe(6);
    const vargaOffer = page.locator('mark.q[data-quote="q-varga-offer"]');
    await expect(vargaOffer.textContent()).resolves.toBe(
      'the government\'s offer was "fair and final"',
    );
    expect(await vargaOffer.getAttribute('class')).toContain('spk-0');
    expect(
      await page.locator('mark.q[data-quote="q-mensah-table"]').getAttribute('class'),
    ).toContain('spk-1');
    expect(await page.locator('.article-text .m').count()).toBeGreaterThanOrEqual(
      strikeStory.entities.length,
    );
    expect(await page.locator('.article-text .cl.hedge-rumour').textContent()).toBe(
      'two carriers have already diverted vessels to rival ports',
    );

    await page.locator('mark.q[data-quote="q-tavares-routes"]').hover();
    const card = page.locator('#quote-card');
    await card.waitFor({ state: 'visible' });
    const said = await card.textContent();
    for (const fact of [
      'Rui Tavares',
      'shipping analyst',
      'told',
      'Coastline Radio',
      `leading: ${RULE_EXPLANATIONS.leading}`,
    ])
      expect(said).toContain(fact);

    // Keyboard: Tab reaches the quotes in reading order, with a visible focus ring and the card.
    await page.mouse.move(0, 0);
    await page
      .locator('.article-text')
      .evaluate((node) =>
        (node.previousElementSibling as HTMLElement | null)?.querySelector('button')?.focus(),
      );
    let focused = '';
    for (let i = 0; i < 10 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.quote ?? '',
      );
    }
    expect(focused).toBe('q-mensah-table');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).not.toBe('none');
    await expect(card.textContent()).resolves.toContain('Kwabena Mensah');
    await page.keyboard.press('Escape');
    expect(await card.isHidden()).toBe(true);

    // The screenshot shows the page as a reader meets it, with one quote's card open.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('mark.q[data-quote="q-tavares-routes"]').hover();
    await card.waitFor({ state: 'visible' });
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}article.png`, fullPage: true });
  });

  it('highlights an entity on click, keeps it in the address, and follows a speaker', async () => {
    const { page } = await openPage(`/#/articles/${strikeStory.id}`);
    await ready(page, 'article');
    await page
      .locator('.entity-list')
      .getByRole('button', { name: /Kwabena Mensah/ })
      .click();
    const lit = page.locator('.article-text .is-selected');
    // Two mentions (name, "He") and two quote pieces, including the written speaker "He".
    expect(await lit.evaluateAll((nodes) => nodes.map((node) => node.textContent))).toEqual(
      expect.arrayContaining([
        'Kwabena Mensah',
        'He',
        '"We came to the table in good faith, and we were handed an ultimatum,"',
      ]),
    );
    expect(await page.locator('mark.q.is-selected').count()).toBe(2);
    expect(page.url()).toContain('entity=mensah');

    const follow = page.getByRole('link', { name: /Kwabena Mensah across the corpus/ });
    await follow.click();
    await ready(page, 'entity');
    await expect(page.locator('h1').textContent()).resolves.toBe('Kwabena Mensah');
    const quotes = await page.locator('.record-text').allTextContents();
    expect(quotes).toHaveLength(2);
    expect(quotes.join(' ')).toContain('for as long as it takes');
    // A quote links back to its place in the article.
    await page.locator('.record', { hasText: 'for as long as it takes' }).getByRole('link').click();
    await ready(page, 'article');
    expect(
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.quote),
    ).toBe('q-mensah-stay');

    await page.goBack();
    await ready(page, 'entity');
    await page.goBack();
    await ready(page, 'article');
    expect(page.url()).toContain(`#/articles/${strikeStory.id}`);
    // The deep link restores the highlight.
    expect(await page.locator('mark.q.is-selected').count()).toBe(2);
  });

  it('charts how much each speaker and each outlet is quoted', async () => {
    const { page } = await openPage(`/#/articles/${strikeStory.id}`);
    await ready(page, 'article');
    const speakers = page.locator('figure.chart', { hasText: 'Quotes per speaker' });
    expect(await speakers.locator('.chart-label').allTextContents()).toEqual([
      'Ilse Varga',
      'Kwabena Mensah',
      'Rui Tavares',
    ]);
    expect(await speakers.locator('.chart-count').allTextContents()).toEqual(['3', '2', '1']);
    const widths = await speakers
      .locator('rect')
      .evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute('width'))));
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths[1]).toBeGreaterThan(widths[2]!);
    const outlets = page.locator('figure.chart', { hasText: 'Quotes per outlet' });
    expect(await outlets.locator('.chart-label').allTextContents()).toEqual([
      'Coastline Radio',
      'Harbour Gazette',
    ]);
  });

  it('reads on a phone and in the dark', async () => {
    const { page } = await openPage(`/#/articles/${strikeStory.id}`, {
      width: 390,
      height: 844,
      dark: true,
    });
    await ready(page, 'article');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(21, 23, 27)');
  });
});

describe('unknown addresses', () => {
  it('say there is nothing there and lead back to the library', async () => {
    const { page } = await openPage('/#/articles/no-such-article');
    await ready(page, 'article');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('There is no article');
    await openPage('/#/entities/no-such-entity').then(async ({ page: other }) => {
      await ready(other, 'entity');
      await expect(other.getByRole('alert').textContent()).resolves.toContain('There is no entity');
    });
    await page.getByRole('link', { name: 'Back to the library' }).click();
    await ready(page, 'library');
  });
});

describe('hostile articles', () => {
  it('shows markup in stored fields as text and runs none of it', async () => {
    for (const id of [hostileArticle.id, hostileLinkArticle.id]) {
      const { page } = await openPage(`/#/articles/${id}`);
      await ready(page, 'article');
      await page.locator('.article-text mark.q').hover();
      await page.locator('#quote-card').waitFor({ state: 'visible' });
      await page.locator('.entity-list button').first().click();
      expect(
        await page
          .locator(
            'main script, main img, main iframe, main [onerror], main [onload], main [onmouseover]',
          )
          .count(),
      ).toBe(0);
      expect(await page.locator('main a[href^="javascript:"]').count()).toBe(0);
      expect(await page.locator('.article-text').textContent()).toContain(
        "<script>window.__pwned='quote'</script>",
      );
    }
    const { page } = await openPage(`/#/articles/${hostileArticle.id}`);
    await ready(page, 'article');
    await expect(page.locator('h1').textContent()).resolves.toBe(hostileArticle.title);
    await expect(page.locator('#quote-card').count()).resolves.toBe(1);
    await page.locator('.article-text mark.q').focus();
    await expect(page.locator('#quote-card').textContent()).resolves.toContain(
      RULE_EXPLANATIONS.trailing,
    );
  });

  it('shows ingested text and HTML carrying scripts, handlers and javascript: links without running them', async () => {
    const client = createClient({ baseUrl: served.url });
    const ids = [
      (
        await client.ingest({
          text: SCRIPT_TEXT,
          title: 'Harbour notice <script>window.__pwned="ingest-title"</script>',
          publisher: 'Quay Weekly',
        })
      ).id,
      (await client.ingest({ html: SCRIPT_HTML, url: 'https://quay.example/notice' })).id,
    ];
    const { page } = await openPage('/');
    await ready(page, 'library');
    for (const id of ids) {
      await page.evaluate(
        (href) => (window.location.hash = href),
        `#/articles/${encodeURIComponent(id)}`,
      );
      await ready(page, 'article');
      for (const piece of await page.locator('.article-text mark.q').all()) await piece.hover();
      for (const link of await page.locator('main a').all()) {
        const href = (await link.getAttribute('href')) ?? '';
        expect(
          href.startsWith('#') || href.startsWith('https://') || href.startsWith('http://'),
        ).toBe(true);
      }
      expect(
        await page
          .locator(
            'main script, main img, main svg:not(.chart svg), main [onerror], main [onmouseover]',
          )
          .count(),
      ).toBe(0);
    }
    await page.goBack();
    await ready(page, 'article');
    await page.goBack();
    await ready(page, 'library');
    expect(await page.locator('.card-title', { hasText: 'Harbour notice <script>' }).count()).toBe(
      1,
    );
  });
});

describe('paste or upload', () => {
  it('extracts without storing, then stores on request', async () => {
    const { page } = await openPage('/#/paste');
    await ready(page, 'paste');
    const text =
      'Harbour pilot Signe Alvik said the new channel "is deep enough for the largest ships".\n\nThe port board will meet on Friday.';
    await page.getByLabel('Article', { exact: true }).fill(text);
    await page.getByLabel('Title').fill('Invented: a deeper channel');
    await page.getByRole('button', { name: 'Find who said what' }).click();
    await page.locator('.paste-result .article-view').waitFor();
    await expect(page.locator('.paste-result .article-text').textContent()).resolves.toContain(
      'The port board will meet on Friday.',
    );
    const client = createClient({ baseUrl: served.url });
    const before = await client.listArticles({ q: 'deeper channel', limit: 5 });
    expect(before.items).toHaveLength(0);

    await page.getByRole('button', { name: 'Store in the library' }).click();
    await page.waitForURL(/#\/articles\//);
    await ready(page, 'article');
    await expect(page.locator('h1').textContent()).resolves.toBe('Invented: a deeper channel');
    const after = await client.listArticles({ q: 'channel', limit: 5 });
    expect(after.items.map((item) => item.title)).toContain('Invented: a deeper channel');
  });

  it('reads an uploaded HTML file as HTML', async () => {
    const { page } = await openPage('/#/paste');
    await ready(page, 'paste');
    const html =
      '<html><body><article><h1>Invented: lock gates</h1><p>Engineer Pia Holm said the lock gates "will be replaced in June".</p></article></body></html>';
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'gates.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await page.getByRole('status').filter({ hasText: 'Loaded gates.html' }).waitFor();
    await page.getByRole('button', { name: 'Find who said what' }).click();
    await page.locator('.paste-result .article-view').waitFor();
    const shown = await page.locator('.paste-result .article-text').textContent();
    expect(shown).toContain('will be replaced in June');
    expect(shown).not.toContain('<p>');
  });
});
