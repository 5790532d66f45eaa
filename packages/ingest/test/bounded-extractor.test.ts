import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '@sourcetrace/extract';
import { BoundedExtractor, ExtractionTimeoutError, ExtractorBusyError } from '../src/index.js';
import { extractChecked } from '../src/ingest/extract-checked.js';

// Invented input.
const TEXT = 'Invented. "The ferry sails at dawn," said Nel Varga, the harbour master.';

/** The nice value of each thread of this process (Linux's /proc), keyed by thread id. */
function threadNiceness(): Map<string, number> {
  const niceness = new Map<string, number>();
  for (const thread of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces; nice is field 19.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      niceness.set(thread, Number(fields[16]));
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return niceness;
}

describe('the bounded extractor', () => {
  // Per-thread priority is a Linux feature; elsewhere the option is accepted and ignored.
  it.runIf(process.platform === 'linux')(
    'runs its threads below the answering thread, by the nice steps asked for',
    async () => {
      const before = threadNiceness();
      const lowered = new BoundedExtractor({ threads: 1, niceIncrement: 7 });
      try {
        await lowered.extractJson({ text: TEXT });
        const added = [...threadNiceness()].filter(([thread]) => !before.has(thread));
        expect(added.map(([, nice]) => nice)).toContain((before.get(String(process.pid)) ?? 0) + 7);
        // The thread that answers keeps its priority.
        expect(threadNiceness().get(String(process.pid))).toBe(before.get(String(process.pid)));
      } finally {
        await lowered.destroy();
      }
      const equal = new BoundedExtractor({ threads: 1, niceIncrement: 0 });
      try {
        const beforeEqual = threadNiceness();
        await equal.extractJson({ text: TEXT });
        const added = [...threadNiceness()].filter(([thread]) => !beforeEqual.has(thread));
        expect(added.length).toBeGreaterThan(0);
        for (const [, nice] of added) expect(nice).toBe(beforeEqual.get(String(process.pid)));
      } finally {
        await equal.destroy();
      }
    },
  );

  it('extracts on a worker thread exactly as in process', async () => {
    const extractor = new BoundedExtractor({ threads: 1 });
    try {
      expect(JSON.parse(await extractor.extractJson({ text: TEXT }))).toEqual(
        extract({ text: TEXT }),
      );
      expect(await extractor.extractChecked({ input: { text: TEXT } })).toEqual(
        extractChecked({ input: { text: TEXT } }),
      );
    } finally {
      await extractor.destroy();
    }
  });

  it('keeps the room an extraction leaves for the first caller waiting, until taken or given back', async () => {
    const extractor = new BoundedExtractor({ threads: 1, maxQueue: 0 });
    try {
      const first = extractor.extractJson({ text: TEXT });
      expect(extractor.full).toBe(true);
      const woken: string[] = [];
      const releases: (() => void)[] = [];
      extractor.whenRoom((release) => (woken.push('a'), releases.push(release)));
      extractor.whenRoom((release) => (woken.push('b'), releases.push(release)));
      const stopped = extractor.whenRoom(() => woken.push('never'));
      stopped();
      await first;
      // The first waiter has the room: the extractor stays full for everybody else.
      expect(woken).toEqual(['a']);
      expect(extractor.full).toBe(true);
      // Given back unused, the room goes to the next waiter.
      releases[0]!();
      expect(woken).toEqual(['a', 'b']);
      expect(extractor.full).toBe(true);
      // Taken by an extraction, the room is no longer held; giving it back then does nothing.
      const second = extractor.extractJson({ text: TEXT });
      releases[1]!();
      expect(extractor.full).toBe(true);
      await second;
      expect(extractor.full).toBe(false);
      expect(woken).toEqual(['a', 'b']);
    } finally {
      await extractor.destroy();
    }
  });

  it('keeps an extraction whole, and no room held, when the caller woken for its room fails', async () => {
    const extractor = new BoundedExtractor({ threads: 1, maxQueue: 0 });
    try {
      const first = extractor.extractJson({ text: TEXT });
      extractor.whenRoom(() => {
        throw new Error('the waiting caller failed');
      });
      expect(JSON.parse(await first)).toEqual(extract({ text: TEXT }));
      expect(extractor.full).toBe(false);
    } finally {
      await extractor.destroy();
    }
  });

  it('refuses at once what does not fit in its threads and queue, with a time to come back', async () => {
    const extractor = new BoundedExtractor({ threads: 1, maxQueue: 2 });
    try {
      expect(extractor.full).toBe(false);
      const runs = Array.from({ length: 6 }, () =>
        extractor.extractJson({ text: TEXT }).then(
          () => 'done',
          (error: unknown) => error,
        ),
      );
      // Full once the thread and the queue hold three: what a server refuses from the headers.
      expect(extractor.full).toBe(true);
      expect(extractor.retryAfterSeconds()).toBeGreaterThanOrEqual(1);
      const outcomes = await Promise.all(runs);
      expect(outcomes.slice(0, 3)).toEqual(['done', 'done', 'done']);
      for (const refused of outcomes.slice(3)) {
        expect(refused).toBeInstanceOf(ExtractorBusyError);
        expect((refused as ExtractorBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
      }
      // Once the line has moved on, it takes work again.
      expect(extractor.pending).toBe(0);
      expect(extractor.full).toBe(false);
      await expect(extractor.extractJson({ text: TEXT })).resolves.toContain('Nel Varga');
    } finally {
      await extractor.destroy();
    }
  });

  it('stops an extraction past its time limit and keeps serving', async () => {
    const extractor = new BoundedExtractor({ threads: 1, timeoutMs: 1 });
    try {
      await expect(extractor.extractJson({ text: TEXT.repeat(2000) })).rejects.toBeInstanceOf(
        ExtractionTimeoutError,
      );
    } finally {
      await extractor.destroy();
    }
    const patient = new BoundedExtractor({ threads: 1, timeoutMs: 60_000 });
    try {
      await expect(patient.extractJson({ text: TEXT })).resolves.toContain('Nel Varga');
    } finally {
      await patient.destroy();
    }
  });
});
