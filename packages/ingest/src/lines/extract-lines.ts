import { StringDecoder } from 'node:string_decoder';
import { Piscina } from 'piscina';
import { defaultExtractThreads } from '../threads.js';
import type { LinesResult, LinesTask } from './types.js';

export type { LinesResult, LinesTask } from './types.js';

/**
 * The worker runs from whatever this module runs from: dist/lines/lines-worker.js when built,
 * or the TypeScript source under tsx and vitest through a small .mjs entry (see ../ingest/pool.ts).
 */
const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(
  fromSource ? './lines-worker-source.mjs' : './lines-worker.js',
  import.meta.url,
).href;

/**
 * A run of lines is sent to a thread once it holds this many characters or lines: large enough
 * that a thread is rarely waiting for its next task, small enough that the threads finish
 * together at the end of the input.
 */
const RUN_CHARS = 64 * 1024;
const RUN_LINES = 32;
/** Runs handed out ahead per thread; reading stops while this many are unanswered. */
const RUNS_AHEAD_PER_THREAD = 4;

export interface ExtractLinesOptions {
  /** Extraction threads (default: defaultExtractThreads(), one per core but one). */
  threads?: number;
}

/**
 * Extracts JSON lines on every core: `{"id","text"}` or `{"id","html","url"}` lines in, one
 * Article JSON line out per non-blank line, in input order. A line that is not a valid input
 * gets `{"id","error"}` in its place and a warning naming its line number. Output is written in
 * large pieces, and reading waits while the output cannot keep up. Returns the bad lines' count.
 */
export async function extractJsonLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  warn: (message: string) => void,
  options: ExtractLinesOptions = {},
): Promise<number> {
  const threads = Math.max(1, options.threads ?? defaultExtractThreads());
  const pool = new Piscina<LinesTask, LinesResult>({
    filename: WORKER_URL,
    minThreads: threads,
    maxThreads: threads,
    execArgv: fromSource ? ['--conditions=@sourcetrace/source'] : [],
  });
  // A thread that cannot start (or dies) leaves its runs to this thread: slower, nothing lost.
  let here: Promise<(task: LinesTask) => LinesResult> | null = null;
  const extractRun = (task: LinesTask): Promise<LinesResult> =>
    pool.run(task).catch(() => {
      here ??= import('./lines-worker.js').then((module) => module.default);
      return here.then((run) => run(task));
    });
  pool.on('error', () => undefined);

  const answered = new Map<number, LinesResult>();
  const pending = new Set<Promise<void>>();
  let sent = 0;
  let written = 0;
  let failures = 0;
  let writing: Promise<void> = Promise.resolve();
  /** Writes every run that is next in order, waiting for the output to drain when it must. */
  const writeReady = () => {
    writing = writing.then(async () => {
      for (let result = answered.get(written); result; result = answered.get(written)) {
        answered.delete(written++);
        for (const failure of result.failures) {
          failures++;
          warn(`sourcetrace extract: line ${failure.line}: ${failure.message}`);
        }
        if (result.text && !output.write(result.text))
          await new Promise<void>((resume) => output.once('drain', resume));
      }
    });
    return writing;
  };
  const send = async (task: LinesTask) => {
    const index = sent++;
    const done = extractRun(task).then((result) => {
      answered.set(index, result);
      return writeReady();
    });
    const tracked = done.finally(() => pending.delete(tracked));
    pending.add(tracked);
    while (pending.size >= threads * RUNS_AHEAD_PER_THREAD) await Promise.race(pending);
  };

  try {
    let lines: string[] = [];
    let chars = 0;
    let nextLine = 1;
    const flush = async () => {
      if (lines.length === 0) return;
      const task = { lines, firstLine: nextLine };
      nextLine += lines.length;
      lines = [];
      chars = 0;
      await send(task);
    };
    for await (const line of splitLines(input)) {
      lines.push(line);
      chars += line.length;
      if (chars >= RUN_CHARS || lines.length >= RUN_LINES) await flush();
    }
    await flush();
    await Promise.all(pending);
    await writing;
  } finally {
    await pool.destroy();
  }
  return failures;
}

/**
 * The lines of a stream, broken as readline breaks them (\n, \r\n or a lone \r), so a file
 * reads the same here as in `ingest`.
 */
export async function* splitLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  const breaks = /\r\n|\n|\r/g;
  const take = function* (text: string, final: boolean) {
    let start = 0;
    breaks.lastIndex = 0;
    for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
      // A \r at the very end may be the first half of \r\n: wait for the next piece.
      if (!final && match[0] === '\r' && match.index === text.length - 1) break;
      yield text.slice(start, match.index);
      start = match.index + match[0].length;
    }
    rest = text.slice(start);
  };
  for await (const chunk of input) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    yield* take(text, false);
  }
  yield* take(rest + decoder.end(), true);
  if (rest) yield rest;
}
