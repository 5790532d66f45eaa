import { render } from 'ink-testing-library';
import ansiRegex from 'ansi-regex';
import {
  SCHEMA_VERSION,
  type Article,
  type Block,
  type BlockKind,
  type Claim,
  type CorpusReader,
  type Entity,
  type Hedge,
  type Quote,
  type Span,
} from '@sourcetrace/article-model';
import { createSqliteStore, type Store } from '@sourcetrace/store';
import { App, type LibraryPage } from '../src/index.js';
import type { Route } from '../src/app/routes.js';

export const KEYS = {
  enter: '\r',
  escape: '\x1b',
  up: '\x1b[A',
  down: '\x1b[B',
  pageDown: '\x1b[6~',
  pageUp: '\x1b[5~',
  backspace: '\x7f',
} as const;

const ANSI = ansiRegex();

/** The frame as the user reads it, styling removed. */
export function plain(frame: string | undefined): string {
  return (frame ?? '').replace(ANSI, '');
}

export interface Rendered {
  frame(): string;
  /** Every frame drawn so far, styling removed. */
  frames(): string[];
  /** The frame with its escape sequences, to check colours. */
  rawFrame(): string;
  press(...keys: string[]): void;
  resize(columns: number, rows: number): void;
  /** Polls the frame until `check` holds; fails with the last frame when it never does. */
  waitFor(check: (frame: string) => boolean, what?: string): Promise<string>;
  unmount(): void;
}

/** Renders the app at a given terminal size (80x24 by default) through ink-testing-library. */
export function renderApp(
  reader: CorpusReader,
  options: {
    columns?: number;
    rows?: number;
    color?: boolean;
    initial?: Route;
    libraryPage?: LibraryPage;
  } = {},
): Rendered {
  const app = render(
    <App
      reader={reader}
      color={options.color ?? true}
      initial={options.initial}
      libraryPage={options.libraryPage}
    />,
  );
  const stdout = app.stdout as unknown as NodeJS.EventEmitter;
  const resize = (columns: number, rows: number) => {
    Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
    Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
    stdout.emit('resize');
  };
  resize(options.columns ?? 80, options.rows ?? 24);
  const frame = () => plain(app.lastFrame());
  return {
    frame,
    frames: () => app.frames.map(plain),
    rawFrame: () => app.lastFrame() ?? '',
    press: (...keys) => keys.forEach((key) => app.stdin.write(key)),
    resize,
    waitFor: async (check, what = 'the expected frame') => {
      const deadline = Date.now() + 5000;
      for (;;) {
        const current = frame();
        if (check(current)) return current;
        if (Date.now() > deadline)
          throw new Error(`timed out waiting for ${what}; last frame:\n${current}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    unmount: () => app.unmount(),
  };
}

/** Builds invented article text piece by piece, remembering where each piece landed. */
class Writer {
  text = '';
  blocks: Block[] = [];
  write(piece: string): Span {
    const start = this.text.length;
    this.text += piece;
    return { start, end: this.text.length };
  }
  block(kind: BlockKind, write: () => void): void {
    const start = this.text.length;
    write();
    this.blocks.push({ kind, span: { start, end: this.text.length } });
    this.text += '\n\n';
  }
}

const person = (id: string, name: string, descriptors: string[] = []): Entity => ({
  id,
  kind: 'person',
  name,
  aliases: [],
  mentions: [],
  descriptors,
});

const openCorpora: Store[] = [];

/**
 * The articles in a corpus held in memory: the SQLite store `sourcetrace tui FILE...` browses,
 * so the screens are tested over the same folding, search and paging as a real corpus.
 */
export async function memoryCorpus(articles: Article[]): Promise<Store> {
  const store = await createSqliteStore(':memory:');
  openCorpora.push(store);
  for (const article of articles) await store.putArticle(article);
  return store;
}

/** Closes every corpus memoryCorpus opened. */
export async function closeMemoryCorpora(): Promise<void> {
  await Promise.all(openCorpora.splice(0).map((store) => store.close()));
}

/**
 * An invented article: two speakers (Ada Quillfeather quoted twice, Bram Ostrowe once, through
 * an outlet), a boilerplate line, a sourced claim and a rumour. `extra` text can make it hostile.
 */
export function inventedArticle(
  options: { id?: string; title?: string; extra?: string; publisher?: string } = {},
): Article {
  const w = new Writer();
  const ada = person('e1', 'Ada Quillfeather', ['harbour pilot']);
  const bram = person('e2', 'Bram Ostrowe', ['ferry captain']);
  const wire: Entity = {
    id: 'e3',
    kind: 'organization',
    name: 'Tidewater Courier',
    aliases: [],
    mentions: [],
    descriptors: [],
    outlet: true,
  };
  const quotes: Quote[] = [];
  const claims: Claim[] = [];
  const quote = (
    id: string,
    speaker: Entity,
    content: Span,
    cue: Span,
    source: Span,
    channel: Entity | null = null,
  ) =>
    quotes.push({
      id,
      kind: 'direct',
      content: [content],
      verbatim: [content],
      cue,
      source,
      speakerId: speaker.id,
      channelId: channel?.id ?? null,
      confidence: 0.9,
    });
  const claim = (
    id: string,
    content: Span,
    hedge: Hedge,
    cue: Span | null,
    source: Entity | null,
  ) =>
    claims.push({
      id,
      content: [content],
      cue,
      source: null,
      sourceId: source?.id ?? null,
      hedge,
      confidence: 0.8,
    });

  const title = options.title ?? 'Fog closes the northern channel';
  w.block('title', () => w.write(title));
  w.block('paragraph', () => {
    w.write('The northern channel stayed shut on Monday. ');
    const s1 = w.write('Ada Quillfeather');
    ada.mentions.push({ span: s1, form: 'name' });
    w.write(', a harbour pilot, ');
    const c1 = w.write('said');
    w.write(': "');
    const q1 = w.write('No ship moves until the fog lifts');
    w.write('."');
    quote('q1', ada, q1, c1, s1);
    if (options.extra) w.write(` ${options.extra}`);
  });
  w.block('paragraph', () => {
    const s2 = w.write('Bram Ostrowe');
    bram.mentions.push({ span: s2, form: 'name' });
    w.write(' ');
    const c2 = w.write('told');
    w.write(' ');
    const o = w.write('Tidewater Courier');
    wire.mentions.push({ span: o, form: 'name' });
    w.write(' that "');
    const q2 = w.write('the crossing will reopen by Thursday');
    w.write('."');
    quote('q2', bram, q2, c2, s2, wire);
  });
  w.block('paragraph', () => {
    const cue = w.write('According to Ada Quillfeather, ');
    const c = w.write('three ferries waited outside the breakwater overnight');
    w.write('. ');
    claim('c1', c, 'none', cue, ada);
    const rumourCue = w.write("It's rumoured that ");
    const r = w.write('the lighthouse keeper saw the fog coming');
    w.write('. ');
    claim('c2', r, 'rumour', rumourCue, null);
    const s3 = w.write('She');
    ada.mentions.push({ span: s3, form: 'pronoun' });
    w.write(' ');
    const c3 = w.write('added');
    w.write(' that "');
    const q3 = w.write('patience is cheaper than salvage');
    w.write('."');
    quote('q3', ada, q3, c3, s3);
  });
  w.block('boilerplate', () => w.write('Subscribe to the Courier for harbour news.'));
  return {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? 'a-fog',
    text: w.text.trimEnd(),
    title,
    source: {
      format: 'text',
      publisher: options.publisher ?? 'Tidewater Courier',
      publishedAt: '2025-03-03',
    },
    blocks: w.blocks,
    entities: [ada, bram, wire],
    quotes,
    claims,
    extractor: { name: 'sourcetrace', version: 'test' },
  };
}
