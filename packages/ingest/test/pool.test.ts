import { describe, expect, it } from 'vitest';
import { extractChecked } from '../src/ingest/extract-checked.js';
import { createExtractPool } from '../src/ingest/pool.js';

// Invented inputs.
const inputs = [
  'Invented. "All aboard," said Nel Varga.',
  'Invented note two.',
  'Invented note three.',
];
const inProcess = inputs.map((input) => extractChecked({ input }));

describe('the extraction pool', () => {
  it('extracts on worker threads loaded from source, exactly as in process', async () => {
    const pool = createExtractPool(1);
    try {
      expect(await Promise.all(inputs.map((input) => pool.run({ input })))).toEqual(inProcess);
    } finally {
      await pool.destroy();
    }
  });

  it('extracts on this thread when its workers cannot start, instead of hanging', async () => {
    const pool = createExtractPool(
      2,
      new URL('./fixtures/broken-worker.mjs', import.meta.url).href,
    );
    try {
      expect(await Promise.all(inputs.map((input) => pool.run({ input })))).toEqual(inProcess);
    } finally {
      await pool.destroy();
    }
  });
});
