import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeContract } from '../../test/store-contract.js';
import { syntheticArticle } from '../testing/index.js';
import { createSqliteStore } from './sqlite-store.js';

storeContract('SQLite', {
  open: () => createSqliteStore(':memory:'),
  dispose: (store) => store.close(),
});

describe('SQLite file', () => {
  it('creates its folder and keeps articles across reopening', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcetrace-store-'));
    try {
      const file = join(folder, 'nested', 'corpus.db');
      const first = await createSqliteStore(file);
      await first.putArticle(syntheticArticle(1));
      await first.close();
      const second = await createSqliteStore(file);
      expect(await second.getArticle(syntheticArticle(1).id)).toEqual(syntheticArticle(1));
      await second.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
