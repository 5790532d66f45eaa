/**
 * Co-occurrence: per corpus entity (by number) its partners and the articles each shares with
 * it, in partners.ts's text form. The same table in both engines.
 */
export function partnersTable(ifNotExists: string): string {
  return `CREATE TABLE ${ifNotExists}entity_partners (
  entity INTEGER PRIMARY KEY,
  others TEXT NOT NULL
);`;
}

/**
 * Rows of entity_pair_counts (one per ordered pair, schema 11 and migration 10 and before)
 * folded into entity_partners: each entity's partners ascending, as gaps, `:shared` when above 1.
 * `aggregate` joins the entries in partner order (SQLite's group_concat, PostgreSQL's string_agg).
 */
function foldPairCounts(aggregate: string): string {
  return `${partnersTable('')}
INSERT INTO entity_partners (entity, others)
SELECT entity, ${aggregate} FROM (
  SELECT entity, other,
    CAST(other - COALESCE(LAG(other) OVER (PARTITION BY entity ORDER BY other), 0) AS TEXT)
      || CASE WHEN shared = 1 THEN '' ELSE ':' || CAST(shared AS TEXT) END AS entry
  FROM entity_pair_counts WHERE shared > 0
) AS entries GROUP BY entity;
DROP TABLE entity_pair_counts;
`;
}

export const SQLITE_FOLD_PAIR_COUNTS = foldPairCounts(`group_concat(entry, ',' ORDER BY other)`);
export const POSTGRES_FOLD_PAIR_COUNTS = foldPairCounts(`string_agg(entry, ',' ORDER BY other)`);
