import type { Database } from '../sql/database.js';
import { runs } from '../sql/runs.js';

/**
 * A wording's display (statement_wordings.display) is '' when it is the words of its statement's
 * first occurrence, which statement_quotes.wording already holds: a statement is nearly always
 * one quote, so its one wording would otherwise be kept twice. While a statement's first
 * occurrence may change (refreshStatements) or go (removeArticleStatements), its wordings are
 * spelled out, and made '' again once its row is up to date.
 */
export const DISPLAY_SAME_AS_FIRST = '';

/** The words of the statement's first occurrence, for a statement_wordings row being updated. */
const FIRST_WORDING = `(SELECT sq.wording FROM statements s JOIN statement_quotes sq ON sq.statement_seq = s.seq
    AND sq.sort_key = s.first_key AND sq.article_seq = s.first_article_seq AND sq.idx = s.first_idx
  WHERE s.seq = statement_wordings.statement_seq)`;

/** Every wording that is its statement's first occurrence's made '' (also a migration step). */
export const DISPLAYS_SAME_AS_FIRST = `
UPDATE statement_wordings SET display = '' WHERE display = ${FIRST_WORDING};
`;

async function eachRun(tx: Database, seqs: number[], sql: (list: string) => string) {
  for (const part of runs([...new Set(seqs)].sort((a, b) => a - b)))
    await tx.run(sql(part.map(() => '?').join(', ')), part);
}

/** Spells out the statements' wordings kept as '', while their rows still name the first occurrence. */
export function spellOutDisplays(tx: Database, seqs: number[]): Promise<void> {
  return eachRun(
    tx,
    seqs,
    (list) =>
      `UPDATE statement_wordings SET display = ${FIRST_WORDING}
       WHERE statement_seq IN (${list}) AND display = ''`,
  );
}

/** Makes '' the statements' wordings that are their (current) first occurrence's words. */
export function shortenDisplays(tx: Database, seqs: number[]): Promise<void> {
  return eachRun(
    tx,
    seqs,
    (list) =>
      `UPDATE statement_wordings SET display = ''
       WHERE statement_seq IN (${list}) AND display <> '' AND display = ${FIRST_WORDING}`,
  );
}

/**
 * statements.search made '' where the canonical wording is the first occurrence's (canonical is
 * '' there): its words are then the norm of the wording kept as ''. Runs after
 * DISPLAYS_SAME_AS_FIRST.
 */
export const SEARCH_SAME_AS_FIRST = `
UPDATE statements SET search = '' WHERE canonical = '';
`;

/** A wording's display as printed, given its statement's first occurrence's words. */
export function displayOf(display: unknown, firstWording: unknown): string {
  return String(display) === DISPLAY_SAME_AS_FIRST ? String(firstWording) : String(display);
}
