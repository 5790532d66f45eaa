import { decodeCursor } from '../cursor.js';
import type { Database, Dialect, Row } from '../sql/database.js';
import { Keyset } from '../sql/keyset.js';
import { decodePartners, encodePartners, mergePartners, type Partners } from './partners.js';

/** Related entities: most shared articles first, then by corpus id. */
export const RELATED_ORDER = new Keyset('related', [
  { expr: 'shared', field: 'shared', direction: 'DESC', type: 'integer' },
  { expr: 'id', field: 'corpus_id', direction: 'ASC', type: 'string' },
]);

/**
 * Co-occurrence added up over a batch of articles, so each entity's partners are read and
 * written once per batch rather than once per article: per corpus entity, the entities it
 * appeared with, once per article.
 */
export class PairCounts {
  private readonly others = new Map<string, string[]>();

  /** Counts one article whose paired entities have these corpus ids. */
  addArticle(ids: string[]): void {
    for (const entity of ids) {
      let others = this.others.get(entity);
      if (!others) this.others.set(entity, (others = []));
      for (const other of ids) if (other !== entity) others.push(other);
    }
  }

  /** Per entity number (ascending), its partners' numbers ascending and the batch's count of each. */
  byEntity(numbers: Map<string, number>): Map<number, Partners> {
    const number = (id: string) => numbers.get(id) as number;
    const out = new Map<number, Partners>();
    const entities = [...this.others.keys()].sort((a, b) => number(a) - number(b));
    for (const entity of entities) {
      const all = Float64Array.from(this.others.get(entity) as string[], number).sort();
      const partners: Partners = { others: [], shared: [] };
      for (let start = 0; start < all.length;) {
        let end = start + 1;
        while (end < all.length && all[end] === all[start]) end++;
        partners.others.push(all[start] as number);
        partners.shared.push(end - start);
        start = end;
      }
      out.set(number(entity), partners);
    }
    return out;
  }
}

/**
 * Adds `changes` (per entity number, counts to add, negative to take away) to the stored
 * partners: each entity's row read, merged and written back, in entity order. On PostgreSQL the
 * rows are locked first, so two writers never merge into the same row at once.
 */
export async function changePartners(
  tx: Database,
  dialect: Dialect,
  changes: Map<number, Partners>,
): Promise<void> {
  const entities = [...changes.keys()].sort((a, b) => a - b);
  if (entities.length === 0) return;
  const stored = new Map<number, Partners>();
  for (const part of dialect.bulkIn('entity', entities, 'bigint')) {
    const rows = await tx.all(
      `SELECT entity, others FROM entity_partners WHERE ${part.sql}
       ORDER BY entity${dialect.kind === 'postgres' ? ' FOR UPDATE' : ''}`,
      part.params,
    );
    for (const row of rows) stored.set(Number(row.entity), decodePartners(String(row.others)));
  }
  const rows: unknown[][] = [];
  const emptied: number[] = [];
  for (const entity of entities) {
    const base = stored.get(entity) ?? { others: [], shared: [] };
    const others = encodePartners(mergePartners(base, changes.get(entity) as Partners));
    if (others !== '') rows.push([entity, others]);
    else if (stored.has(entity)) emptied.push(entity);
  }
  for (const part of dialect.bulkRows(rows, ['bigint', 'text']))
    await tx.run(
      `INSERT INTO entity_partners (entity, others) ${part.sql}
       ON CONFLICT (entity) DO UPDATE SET others = excluded.others`,
      part.params,
    );
  for (const part of dialect.bulkIn('entity', emptied, 'bigint'))
    await tx.run(`DELETE FROM entity_partners WHERE ${part.sql}`, part.params);
}

/** One article's pairs taken away: each of its paired entities loses one article with each other. */
export async function removeArticlePairs(
  tx: Database,
  dialect: Dialect,
  paired: number[],
): Promise<void> {
  const sorted = [...paired].sort((a, b) => a - b);
  const changes = new Map<number, Partners>();
  for (const entity of sorted) {
    const others = sorted.filter((other) => other !== entity);
    changes.set(entity, { others, shared: others.map(() => -1) });
  }
  await changePartners(tx, dialect, changes);
}

/**
 * One page of an entity's partners as rows of corpus_id and shared, limit + 1 of them, after
 * the cursor. Only the partners that can be on the page have their ids looked up: those sharing
 * more articles than the page's last, and the ties at its count.
 */
export async function relatedRows(
  db: Database,
  dialect: Dialect,
  entityId: string,
  query: { cursor?: string | undefined; limit: number },
): Promise<Row[]> {
  const [row] = await db.all(
    `SELECT p.others FROM entity_partners p JOIN corpus_entities e ON e.n = p.entity WHERE e.id = ?`,
    [entityId],
  );
  if (!row) return [];
  const after =
    query.cursor === undefined
      ? null
      : (decodeCursor(query.cursor, RELATED_ORDER.list, ['integer', 'string']) as [number, string]);
  const { others, shared } = decodePartners(String(row.others));
  // Partners the cursor has not passed yet, most shared first: all those tied with the cursor
  // (their ids decide), then the fewest of the rest that fill a page, with their ties.
  const open = others
    .map((other, i) => ({ other, shared: shared[i] as number }))
    .filter((partner) => after === null || partner.shared <= after[0])
    .sort((a, b) => b.shared - a.shared);
  const tied = after === null ? [] : open.filter((partner) => partner.shared === after[0]);
  const below = after === null ? open : open.filter((partner) => partner.shared < after[0]);
  const wanted = query.limit + 1;
  const lowest = below[Math.min(wanted, below.length) - 1]?.shared ?? Infinity;
  const candidates = [...tied, ...below.filter((partner) => partner.shared >= lowest)];
  const sharedOf = new Map(candidates.map((partner) => [partner.other, partner.shared]));
  const found: Row[] = [];
  for (const part of dialect.bulkIn('n', [...sharedOf.keys()], 'bigint'))
    for (const entity of await db.all(
      `SELECT n, id FROM corpus_entities WHERE ${part.sql}`,
      part.params,
    ))
      found.push({ corpus_id: String(entity.id), shared: sharedOf.get(Number(entity.n)) });
  return found
    .filter(
      (partner) =>
        after === null || Number(partner.shared) < after[0] || String(partner.corpus_id) > after[1],
    )
    .sort(
      (a, b) =>
        Number(b.shared) - Number(a.shared) || (String(a.corpus_id) < String(b.corpus_id) ? -1 : 1),
    )
    .slice(0, wanted);
}
