import type { Database } from '../sql/database.js';
import { refreshStatements } from './aggregate.js';
import { spellOutDisplays } from './displays.js';
import { statementWords } from './words.js';

/** Takes an article's occurrences out of their statements; a statement left with none goes. */
export async function removeArticleStatements(tx: Database, seq: number): Promise<void> {
  const rows = await tx.all(
    `SELECT sq.statement_seq, sq.speaker_id, sq.wording, a.publisher, a.id AS article_id
     FROM statement_quotes sq JOIN articles a ON a.seq = sq.article_seq WHERE sq.article_seq = ?`,
    [seq],
  );
  if (rows.length === 0) return;
  for (const row of rows) {
    const statement = Number(row.statement_seq);
    const outlet = row.publisher === null ? `?${String(row.article_id)}` : String(row.publisher);
    const norm = statementWords(String(row.wording)).join(' ');
    await tx.run(`UPDATE statement_wordings SET n = n - 1 WHERE statement_seq = ? AND norm = ?`, [
      statement,
      norm,
    ]);
    await tx.run(
      `UPDATE statement_speakers SET n = n - 1 WHERE statement_seq = ? AND speaker_key = ?`,
      [statement, row.speaker_id === null ? '' : String(row.speaker_id)],
    );
    await tx.run(`UPDATE statement_outlets SET n = n - 1 WHERE statement_seq = ? AND outlet = ?`, [
      statement,
      outlet,
    ]);
  }
  const touched = [...new Set(rows.map((row) => Number(row.statement_seq)))];
  // A display kept as '' is read from the first occurrence, which may be about to go.
  await spellOutDisplays(tx, touched);
  await tx.run(`DELETE FROM statement_quotes WHERE article_seq = ?`, [seq]);
  const list = touched.map(() => '?').join(', ');
  for (const table of ['statement_wordings', 'statement_speakers', 'statement_outlets'])
    await tx.run(`DELETE FROM ${table} WHERE statement_seq IN (${list}) AND n <= 0`, touched);
  const empty = await tx.all(
    `SELECT seq FROM statements s WHERE seq IN (${list})
     AND NOT EXISTS (SELECT 1 FROM statement_quotes sq WHERE sq.statement_seq = s.seq)`,
    touched,
  );
  const gone = new Set(empty.map((row) => Number(row.seq)));
  for (const statement of gone) {
    await tx.run(`DELETE FROM statement_keys WHERE statement_seq = ?`, [statement]);
    await tx.run(`DELETE FROM statements WHERE seq = ?`, [statement]);
  }
  await refreshStatements(
    tx,
    touched.filter((statement) => !gone.has(statement)),
  );
}
