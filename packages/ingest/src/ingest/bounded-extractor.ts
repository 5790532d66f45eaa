import { Piscina } from 'piscina';
import type { ExtractInput, ExtractOptions } from '@sourcetrace/extract';
import type { ExtractResult, ExtractTask } from './extract-checked.js';
import { WORKER_EXEC_ARGV, WORKER_URL } from './pool.js';

/** Every thread is busy and the waiting line is full: try again after `retryAfterSeconds`. */
export class ExtractorBusyError extends Error {
  override readonly name = 'ExtractorBusyError';
  constructor(readonly retryAfterSeconds: number) {
    super('Every extraction thread is busy and the queue is full');
  }
}

/** One extraction ran past its time limit; its thread was stopped. */
export class ExtractionTimeoutError extends Error {
  override readonly name = 'ExtractionTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`Extraction did not finish within ${timeoutMs / 1000} s`);
  }
}

export interface BoundedExtractorOptions {
  /** Extraction threads (default 1). */
  threads?: number;
  /** Extractions that may wait for a thread; more are refused with ExtractorBusyError (default 16). */
  maxQueue?: number;
  /** Longest one extraction may run before its thread is stopped (default 15 s). */
  timeoutMs?: number;
  /**
   * How much lower than the answering thread the extraction threads run, in nice steps
   * (default 10; 0 keeps them equal). On Linux each thread has its own priority, so when the
   * cores are busy the kernel runs the thread that answers reads first and extractions take
   * the rest; on an idle machine it changes nothing. Other systems ignore it.
   */
  niceIncrement?: number;
}

export const BOUNDED_EXTRACTOR_DEFAULTS = {
  threads: 1,
  maxQueue: 16,
  timeoutMs: 15_000,
  niceIncrement: 10,
} as const;

/**
 * Extraction for a server: on worker threads, so the thread answering requests never runs the
 * extractor; with a bounded waiting line, so a flood is refused at once instead of piling up;
 * and with a time limit per extraction, after which its thread is stopped, so no input can hold
 * a thread for long. Threads start on first use and stop after a minute idle.
 */
export class BoundedExtractor {
  private readonly pool: Piscina;
  private readonly capacity: number;
  private readonly threads: number;
  private readonly timeoutMs: number;
  private inFlight = 0;
  /** Callers waiting for room, woken one per extraction that ends, first come first served. */
  private readonly roomWaiters = new Set<(release: () => void) => void>();
  /**
   * Room handed to a waiter and not yet taken: it counts as taken, so nobody else finds room
   * in the moment between the handing over and the waiter's extraction starting.
   */
  private readonly handedOver: { taken: boolean }[] = [];
  /** Recent time per extraction (ms), to tell refused clients when to come back. */
  private typicalMs = 200;

  constructor(options: BoundedExtractorOptions = {}) {
    this.threads = Math.max(1, options.threads ?? BOUNDED_EXTRACTOR_DEFAULTS.threads);
    this.capacity =
      this.threads + Math.max(0, options.maxQueue ?? BOUNDED_EXTRACTOR_DEFAULTS.maxQueue);
    this.timeoutMs = options.timeoutMs ?? BOUNDED_EXTRACTOR_DEFAULTS.timeoutMs;
    this.pool = new Piscina({
      filename: WORKER_URL,
      minThreads: 0,
      maxThreads: this.threads,
      idleTimeout: 60_000,
      execArgv: WORKER_EXEC_ARGV,
      niceIncrement: Math.max(
        0,
        Math.round(options.niceIncrement ?? BOUNDED_EXTRACTOR_DEFAULTS.niceIncrement),
      ),
    });
  }

  /** The article as JSON text. */
  extractJson(input: ExtractInput, options?: ExtractOptions): Promise<string> {
    return this.run<string>('extractJson', { input, ...(options ? { options } : {}) });
  }

  /** Extracted, checked and prepared for the store, as ingestOne wants it. */
  extractChecked(task: ExtractTask): Promise<ExtractResult> {
    return this.run<ExtractResult>('default', task);
  }

  /** Extractions running or waiting. */
  get pending(): number {
    return this.inFlight;
  }

  /** Whether a new extraction would be refused now: every thread is busy and the queue is full. */
  get full(): boolean {
    return this.inFlight + this.handedOver.length >= this.capacity;
  }

  /**
   * Calls `onRoom` once, when an extraction ends, with its room kept for the caller: the next
   * extraction asked for takes it. A caller that will not extract after all must call `release`
   * (calling it after the room was taken does nothing). Returns a function that stops the wait.
   */
  whenRoom(onRoom: (release: () => void) => void): () => void {
    const waiter = (release: () => void) => onRoom(release);
    this.roomWaiters.add(waiter);
    return () => this.roomWaiters.delete(waiter);
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }

  private async run<T>(name: string, task: ExtractTask): Promise<T> {
    const handed = this.handedOver.shift();
    if (handed) handed.taken = true;
    else if (this.full) throw new ExtractorBusyError(this.retryAfterSeconds());
    this.inFlight++;
    const started = performance.now();
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      const result = (await this.pool.run(task, { name, signal })) as T;
      this.typicalMs = 0.8 * this.typicalMs + 0.2 * (performance.now() - started);
      return result;
    } catch (error) {
      if (signal.aborted) throw new ExtractionTimeoutError(this.timeoutMs);
      throw error;
    } finally {
      this.inFlight--;
      this.wakeOneWaiter();
    }
  }

  private wakeOneWaiter(): void {
    if (this.full) return;
    for (const waiter of this.roomWaiters) {
      this.roomWaiters.delete(waiter);
      const room = { taken: false };
      this.handedOver.push(room);
      const release = () => {
        if (room.taken) return;
        room.taken = true;
        this.handedOver.splice(this.handedOver.indexOf(room), 1);
        this.wakeOneWaiter();
      };
      // Woken inside the ending extraction's own bookkeeping: a waiter that fails must neither
      // turn that extraction into an error nor keep the room.
      try {
        waiter(release);
      } catch {
        release();
      }
      return;
    }
  }

  /** About how long until the line has moved on by a full queue, in whole seconds (1..60). */
  retryAfterSeconds(): number {
    const wait = (this.inFlight / this.threads) * this.typicalMs;
    return Math.min(60, Math.max(1, Math.ceil(wait / 1000)));
  }
}
