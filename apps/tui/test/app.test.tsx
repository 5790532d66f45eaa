import { afterEach, describe, expect, it } from 'vitest';
import { firstLibraryPage } from '../src/index.js';
import {
  KEYS,
  closeMemoryCorpora,
  inventedArticle,
  memoryCorpus,
  renderApp,
  type Rendered,
} from './support.js';

let app: Rendered | undefined;
afterEach(async () => {
  app?.unmount();
  await closeMemoryCorpora();
});

const corpus = () =>
  memoryCorpus([
    inventedArticle(),
    inventedArticle({
      id: 'a-gale',
      title: 'Gale warning for the estuary',
      publisher: 'Estuary Post',
    }),
  ]);

const lines = (frame: string) => frame.split('\n');
/** An SGR escape setting `code`, followed on the same line by `text`. */
const styled = (code: string, text: string) => new RegExp(`\u001b\\[${code}m[^\\n]*${text}`);

describe('library', () => {
  it('lists articles with publisher, date and counts, and fits 80x24', async () => {
    app = renderApp(await corpus());
    const frame = await app.waitFor((f) => f.includes('Gale warning'), 'the article list');
    expect(frame).toMatch(
      /Fog closes the northern channel\s+Tidewater Courier\s+2025-03-03\s+3\s+2/,
    );
    expect(frame).toContain('Estuary Post');
    expect(lines(frame).length).toBeLessThan(24);
    expect(Math.max(...lines(frame).map((line) => line.length))).toBeLessThanOrEqual(80);
    expect(frame).toContain('? help');
  });

  it('searches as you type with / and filters by outlet with o', async () => {
    app = renderApp(await corpus());
    await app.waitFor((f) => f.includes('Gale warning'));
    // The corpus searches whole words, as the store does for a corpus on disk.
    app.press('/', 'g', 'a', 'l', 'e');
    let frame = await app.waitFor(
      (f) => f.includes('Search: gale') && f.includes('Gale warning') && !f.includes('Fog closes'),
      'the search to narrow the list',
    );
    app.press(KEYS.escape);
    await app.waitFor(
      (f) => f.includes('Fog closes') && f.includes('Gale warning'),
      'Esc to clear the search',
    );
    // The newest article comes first, as in any corpus: `o` takes its outlet.
    app.press('o');
    frame = await app.waitFor((f) => !f.includes('Tidewater Courier'), 'the outlet filter');
    expect(frame).toContain('Filter: outlet Estuary Post');
    expect(frame).toContain('Gale warning');
    app.press('x');
    await app.waitFor((f) => f.includes('Tidewater Courier'), 'x to clear the filters');
  });

  it('draws a page fetched before drawing in its very first frame, and the totals after', async () => {
    const reader = await corpus();
    app = renderApp(reader, { libraryPage: await firstLibraryPage(reader) });
    expect(app.frames()[0]).toContain('Gale warning');
    expect(app.frames()[0]).not.toContain('articles ·');
    await app.waitFor((f) => f.includes('2 articles · 6 quotes'), 'the totals');
  });

  it('says the corpus is empty rather than drawing an empty table', async () => {
    app = renderApp(await memoryCorpus([]));
    const frame = await app.waitFor((f) => f.includes('empty'), 'the empty-corpus message');
    expect(frame).toContain('sourcetrace ingest');
  });
});

describe('reader', () => {
  const openFog = async () => {
    app = renderApp(await memoryCorpus([inventedArticle()]));
    await app.waitFor((f) => f.includes('Fog closes'));
    app.press(KEYS.enter);
    return app.waitFor((f) => f.includes('Ada Quillfeather (2)'), 'the reader with its legend');
  };

  it('opens an article with a legend of speakers, most quoted first', async () => {
    const frame = await openFog();
    expect(frame.indexOf('Ada Quillfeather (2)')).toBeLessThan(frame.indexOf('Bram Ostrowe (1)'));
    expect(frame).toContain('No ship moves until the fog lifts');
    expect(frame).toContain('[rumour?] the lighthouse keeper');
    expect(frame).toContain('3 quotes');
    // The whole key map fits 80 columns, and the frame stays a row short of the terminal so Ink
    // redraws in place rather than clearing the screen.
    expect(frame).toMatch(/n\/N quote .* q quit$/m);
    expect(lines(frame).length).toBe(23);
  });

  it('moves between quotes with n and N, the status line naming speaker, descriptor, cue and channel', async () => {
    await openFog();
    app!.press('n');
    let frame = await app!.waitFor((f) => f.includes('Quote 1/3'), 'the first quote');
    expect(frame).toMatch(/Quote 1\/3 Ada Quillfeather, harbour pilot · cue “said”/);
    app!.press('n');
    frame = await app!.waitFor((f) => f.includes('Quote 2/3'), 'the second quote');
    expect(frame).toMatch(/Bram Ostrowe, ferry captain · cue “told” · via Tidewater Courier/);
    app!.press('N', 'N');
    await app!.waitFor((f) => f.includes('Quote 3/3'), 'N to wrap around to the last quote');
  });

  it('opens the focused quote’s speaker with Enter, lists their quotes, and goes back with Esc', async () => {
    await openFog();
    app!.press('n', KEYS.enter);
    const frame = await app!.waitFor((f) => f.includes('Described as'), 'the speaker page');
    expect(frame).toContain('Ada Quillfeather');
    expect(frame).toContain('harbour pilot');
    expect(frame).toContain('“No ship moves until the fog lifts”');
    expect(frame).toContain('“patience is cheaper than salvage”');
    app!.press('j', KEYS.enter);
    await app!.waitFor((f) => f.includes('Quote 3/3'), 'the article opened at that quote');
    // Two Esc bytes in one read are one Alt+Esc to a terminal: press, see, press again.
    app!.press(KEYS.escape);
    await app!.waitFor((f) => f.includes('Described as'), 'back to the speaker page');
    app!.press(KEYS.escape);
    await app!.waitFor((f) => f.includes('Quote 1/3'), 'back to the reader where it was');
  });

  it('colours each speaker with its own palette colour and highlights the focused quote', async () => {
    await openFog();
    app!.press('n');
    await app!.waitFor((f) => f.includes('Quote 1/3'));
    const raw = app!.rawFrame();
    // cyan (36) for the most quoted speaker, magenta (35) for the next; inverse (7) for focus.
    expect(raw).toMatch(styled('36', 'No ship moves'));
    expect(raw).toMatch(styled('35', 'the crossing will reopen'));
    expect(raw).toMatch(styled('7', 'No ship moves'));
    expect(app!.frame()).not.toContain('[1]');
  });

  it('with NO_COLOR draws no colour and marks quotes with speaker numbers', async () => {
    app = renderApp(await memoryCorpus([inventedArticle()]), { color: false });
    await app.waitFor((f) => f.includes('Fog closes'));
    app.press(KEYS.enter);
    const frame = await app.waitFor(
      (f) => f.includes('[1] Ada Quillfeather (2)'),
      'the numbered legend',
    );
    expect(frame).toContain('[2] Bram Ostrowe (1)');
    expect(frame).toContain('"[1] No ship moves');
    expect(frame).toContain('"[2] the crossing');
    expect(app.rawFrame()).not.toMatch(styled('(3\\d|9\\d|38;[\\d;]*)', ''));
  });

  it('scrolls by lines and pages, and re-wraps to the new width on resize', async () => {
    const long = inventedArticle({ extra: 'The tide tables were checked twice. '.repeat(60) });
    app = renderApp(await memoryCorpus([long]));
    await app.waitFor((f) => f.includes('Fog closes'));
    app.press(KEYS.enter);
    let frame = await app.waitFor((f) => f.includes('Ada Quillfeather (2)'));
    expect(frame).toContain('The northern channel stayed shut');
    app.press(KEYS.pageDown);
    frame = await app.waitFor(
      (f) => !f.includes('The northern channel stayed shut'),
      'a page down',
    );
    app.press('G');
    frame = await app.waitFor((f) => f.includes('Subscribe to the Courier'), 'G to the end');
    app.press('g');
    await app.waitFor((f) => f.includes('The northern channel stayed shut'), 'g to the top');
    app.resize(40, 24);
    frame = await app.waitFor(
      (f) => Math.max(...lines(f).map((l) => l.length)) <= 40,
      'a 40-column frame',
    );
    expect(frame).toContain('Fog closes');
    app.resize(120, 30);
    frame = await app.waitFor((f) => lines(f).some((l) => l.length > 80), 'a wider frame');
    expect(lines(frame).length).toBeLessThan(30);
  });

  it('never lets escape sequences or control characters in the text reach the terminal', async () => {
    const hostile = inventedArticle({
      title: 'Harbour \x1b]0;owned\x07notice\x1b[2J',
      extra: 'Visit \x1b[31mthe red\x1b[0m dock\x07 \x9b1;1H now \u202eevil\r done.',
      publisher: 'Evil\x1b]0;x\x07 Wire',
    });
    hostile.source.publishedAt = '\x1b[2J2025-01-01';
    app = renderApp(await memoryCorpus([hostile]));
    let raw = await app
      .waitFor((f) => f.includes('Harbour notice'), 'the cleaned title')
      .then(() => app!.rawFrame());
    expect(raw).not.toContain('\x07');
    expect(raw).not.toContain(']0;owned');
    expect(raw).not.toContain('\x1b[2J');
    expect(app.frame()).toMatch(/Harbour notice\s+Evil Wire\s+2025-01-01/);
    app.press(KEYS.enter);
    await app.waitFor((f) => f.includes('Visit the red dock'), 'the reader');
    raw = app.rawFrame();
    for (const bad of ['\x07', '\x9b', '\r', '\u202e', '\x1b[31m', '\x1b]0', '\x1b[2J'])
      expect(raw).not.toContain(bad);
    expect(app.frame()).toContain('Visit the red dock now evil done.');
  });
});

describe('people, claims and help', () => {
  it('finds who is quoted most in the corpus and reads everything they said', async () => {
    app = renderApp(await corpus());
    await app.waitFor((f) => f.includes('Gale warning'));
    app.press('p');
    let frame = await app.waitFor(
      (f) => f.includes('most quoted first') && f.includes('Ada'),
      'the corpus people list',
    );
    const names = lines(frame).filter((line) => /Quillfeather|Ostrowe/.test(line));
    expect(names[0]).toMatch(/Ada Quillfeather.*person\s+4\s+2/);
    app.press(KEYS.enter);
    frame = await app.waitFor((f) => f.includes('Described as'), 'the person page');
    expect(frame).toContain('4 quotes');
    expect(frame).toContain('Gale warning for the estuary');
    app.press('a');
    frame = await app.waitFor(
      (f) => f.includes('mentions Ada Quillfeather'),
      'articles mentioning them',
    );
  });

  it('lists the people of one article and the claims grouped by source', async () => {
    app = renderApp(await memoryCorpus([inventedArticle()]), {
      initial: { screen: 'reader', articleId: 'a-fog' },
    });
    await app.waitFor((f) => f.includes('Ada Quillfeather (2)'));
    app.press('s');
    let frame = await app.waitFor((f) => f.includes('People and sources in'), 'the article people');
    expect(frame).toMatch(/Ada Quillfeather, harbour pilot\s+person\s+2\s+2/);
    expect(frame).toMatch(/Tidewater Courier\s+news outlet\s+0\s+1/);
    app.press(KEYS.escape);
    await app.waitFor((f) => f.includes('Ada Quillfeather (2)'), 'back to the reader');
    app.press('c');
    frame = await app.waitFor((f) => f.includes('No named source'), 'the claims');
    expect(frame).toContain('According to Ada Quillfeather (1)');
    expect(frame).toContain('No named source (1)');
    expect(frame).toMatch(/\[rumour\?\] It's rumoured that: the lighthouse keeper/);
    expect(frame).toContain('2 claims, 1 hedged');
  });

  it('shows help with ? and scrolls it; Esc goes back', async () => {
    app = renderApp(await corpus());
    await app.waitFor((f) => f.includes('Gale warning'));
    app.press('?');
    await app.waitFor((f) => f.includes('Library   every article'), 'the help screen');
    app.press('G');
    await app.waitFor((f) => f.includes('Who is quoted most?'), 'G to the end of the help');
    app.press(KEYS.escape);
    await app.waitFor((f) => f.includes('Gale warning'), 'back to the library');
  });
});
