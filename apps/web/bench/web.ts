// pnpm bench:web — the page's weight (gzipped JS and CSS from dist) and, in headless Chromium,
// the time from navigation to a rendered article on a 10,000-article corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { syntheticCorpus } from '@sourcetrace/store/testing';
import { webRoot } from '../web-root.js';
import { ensureBuilt, launchChromium, serveCorpus } from '../test/support/harness.js';

const CORPUS = 10_000;
const LOADS = 7;
const SIZE_FLOOR_KB = 60;
const TIME_FLOOR_MS = 1000;

function gzippedKb(extension: string): { kb: number; files: number } {
  const folder = join(webRoot, 'assets');
  const files = readdirSync(folder).filter((name) => name.endsWith(extension));
  const bytes = files.reduce(
    (sum, name) => sum + gzipSync(readFileSync(join(folder, name)), { level: 9 }).length,
    0,
  );
  return { kb: bytes / 1024, files: files.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

await ensureBuilt();
const js = gzippedKb('.js');
const css = gzippedKb('.css');
const total = js.kb + css.kb;
console.log(`web js gzip: ${js.kb.toFixed(1)} KB (${js.files} file${js.files === 1 ? '' : 's'})`);
console.log(`web css gzip: ${css.kb.toFixed(1)} KB`);
console.log(
  `web total gzip: ${total.toFixed(1)} KB (floor ${SIZE_FLOOR_KB} KB: ${total <= SIZE_FLOOR_KB ? 'ok' : 'OVER'})`,
);

const served = await serveCorpus();
const browser = await launchChromium();
try {
  const loadStarted = performance.now();
  const articles = syntheticCorpus(CORPUS);
  for (const article of articles) await served.store.putArticle(article);
  console.log(
    `corpus: ${CORPUS.toLocaleString('en')} synthetic articles stored in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`,
  );

  /** Opens one article in a fresh browser context (cold cache) and reads when it was rendered. */
  const timeLoad = async (articleId: string): Promise<number> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${served.url}/#/articles/${encodeURIComponent(articleId)}`);
    await page.locator('main[data-ready="article"]').waitFor();
    // The page marks the moment the article is in the document; navigation start is time 0.
    const time = await page.evaluate(
      () => performance.getEntriesByName('article-rendered')[0]!.startTime,
    );
    await context.close();
    return time;
  };
  // One load first, uncounted: it pays for starting the browser's renderer and network processes.
  await timeLoad(articles[0]!.id);
  // Then a different article each time, spread over the corpus.
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    times.push(await timeLoad(articles[Math.floor(((i + 0.5) * CORPUS) / LOADS)]!.id));
  }
  const typical = median(times);
  console.log(
    `web article render: median ${typical.toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${LOADS} cold-cache loads (after 1 warm-up) on ${CORPUS.toLocaleString('en')} articles (floor < ${TIME_FLOOR_MS} ms: ${typical < TIME_FLOOR_MS ? 'ok' : 'OVER'})`,
  );
} finally {
  await browser.close();
  await served.close();
}
