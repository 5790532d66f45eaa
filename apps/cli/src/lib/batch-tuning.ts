import { setFlagsFromString } from 'node:v8';

/** The commands that extract articles by the batch, each thread starting from cold code. */
const BATCH_COMMANDS = new Set(['extract', 'ingest', 'worker', 'watch']);

/**
 * V8 inlines less for a command that extracts a batch of articles. On a run of a few thousand
 * articles much of the time goes to compiling the extractor's code in every thread, and deep
 * inlining makes that compiling dearer than the time it saves: `extract --jsonl` of 840 news
 * articles took about a fifth less CPU and a tenth less time with it, and warm passes ran as fast
 * (pnpm bench:cores measures the whole process). The flags are the process's, so the worker threads
 * started after this use them too.
 */
export function tuneForBatch(command: string | undefined): void {
  if (command !== undefined && BATCH_COMMANDS.has(command))
    setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}
