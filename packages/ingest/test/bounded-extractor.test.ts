import { describe, expect, it } from 'vitest';
import { extract } from '@sourcetrace/extract';
import { BoundedExtractor, ExtractionTimeoutError, ExtractorBusyError } from '../src/index.js';
import { extractChecked } from '../src/ingest/extract-checked.js';

// Invented input.
const TEXT = 'Invented. "The ferry sails at dawn," said Nel Varga, the harbour master.';

describe('the bounded extractor', () => {
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
