import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePartners, encodePartners, mergePartners } from './partners.js';
import { SQLITE_FOLD_PAIR_COUNTS } from './schema.js';

describe('partners as text', () => {
  it('keeps gaps and counts above one, and reads them back', () => {
    const partners = { others: [3, 7, 17, 1000], shared: [1, 2, 1, 40] };
    expect(encodePartners(partners)).toBe('3,4:2,10,983:40');
    expect(decodePartners('3,4:2,10,983:40')).toEqual(partners);
    expect(decodePartners('')).toEqual({ others: [], shared: [] });
  });

  it('reads back whatever it writes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 5_000_000 }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 60, maxLength: 60 }),
        (numbers, counts) => {
          const others = [...numbers].sort((x, y) => x - y);
          const partners = { others, shared: others.map((_, i) => counts[i]!) };
          expect(decodePartners(encodePartners(partners))).toEqual(partners);
        },
      ),
    );
  });

  it('adds and takes away counts, dropping partners left with none', () => {
    const base = { others: [2, 5, 9], shared: [1, 3, 1] };
    const merged = mergePartners(base, { others: [1, 5, 9], shared: [1, -1, -1] });
    expect(merged).toEqual({ others: [1, 2, 5, 9], shared: [1, 1, 2, 0] });
    expect(encodePartners(merged)).toBe('1,1,3:2');
  });

  it('is what the migration makes from rows of pairs', () => {
    const db = new BetterSqlite3(':memory:');
    db.exec(`CREATE TABLE entity_pair_counts (entity INTEGER, other INTEGER, shared INTEGER,
      PRIMARY KEY (entity, other)) WITHOUT ROWID`);
    const pairs = [
      [1, 9, 2],
      [1, 4, 1],
      [1, 30, 5],
      [4, 1, 1],
      [9, 1, 2],
      [30, 1, 5],
      [30, 9, 0],
    ];
    const insert = db.prepare('INSERT INTO entity_pair_counts VALUES (?, ?, ?)');
    for (const pair of pairs) insert.run(...pair);
    db.exec(SQLITE_FOLD_PAIR_COUNTS);
    const rows = db.prepare('SELECT entity, others FROM entity_partners ORDER BY entity').all();
    expect(rows).toEqual([
      { entity: 1, others: encodePartners({ others: [4, 9, 30], shared: [1, 2, 5] }) },
      { entity: 4, others: '1' },
      { entity: 9, others: '1:2' },
      { entity: 30, others: '1:5' },
    ]);
    expect(
      db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'entity_pair_counts'`).all(),
    ).toEqual([]);
    db.close();
  });
});
