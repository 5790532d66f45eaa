import { z } from 'zod';
import { EntityRef, type Page } from './corpus.js';

/**
 * Statements: the quotes, across articles, that report the same quoted words. Grouped by the
 * words inside the quote marks (direct and mixed quotes), whoever each article gave them to.
 */

/** What a reader can act on: wording changed on the way, words given to different people, or a name left off. */
export const StatementFlag = z.enum(['altered', 'disputed', 'unattributed']);
export type StatementFlag = z.infer<typeof StatementFlag>;

/** One run of a word-level difference against the canonical wording. */
export const WordChange = z
  .object({
    /** same: in both; added: only in this variant; dropped: only in the canonical wording. */
    op: z.enum(['same', 'added', 'dropped']),
    text: z.string(),
  })
  .strict()
  .meta({ id: 'WordChange' });
export type WordChange = z.infer<typeof WordChange>;

/** Where a statement was seen: one quote in one article. */
export const StatementOccurrence = z
  .object({
    article: z
      .object({
        id: z.string().min(1),
        title: z.string().nullable(),
        publisher: z.string().nullable(),
        publishedAt: z.string().nullable(),
      })
      .strict(),
    quoteId: z.string().min(1),
    /** The outlet that published the article (its publisher); null when unknown. */
    outlet: z.string().nullable(),
    publishedAt: z.string().nullable(),
    /** The words inside the quote marks, as this article printed them. */
    wording: z.string(),
    /** Whom this article gave the words to; null when it named no one. */
    speaker: EntityRef.nullable(),
  })
  .strict()
  .meta({ id: 'StatementOccurrence' });
export type StatementOccurrence = z.infer<typeof StatementOccurrence>;

/** A wording of the statement other than the canonical one, with what differs. */
export const StatementVariant = z
  .object({
    wording: z.string(),
    /** How many occurrences print this wording. */
    occurrences: z.number().int().nonnegative(),
    /** Runs of words against the canonical wording. */
    changes: z.array(WordChange),
    /** Words were changed or added, not only dropped. */
    altered: z.boolean(),
  })
  .strict()
  .meta({ id: 'StatementVariant' });
export type StatementVariant = z.infer<typeof StatementVariant>;

/** A statement as lists show it. */
export const StatementSummary = z
  .object({
    id: z.string().min(1),
    /** The most common full wording (one no other wording contains), longest on a tie. */
    canonical: z.string(),
    /** The speaker most occurrences name; null when none does. */
    speaker: EntityRef.nullable(),
    /** Every named speaker some article gave the words to. */
    speakers: z.array(EntityRef),
    flags: z.array(StatementFlag),
    /** Distinct outlets that carried it. */
    outlets: z.number().int().nonnegative(),
    occurrences: z.number().int().nonnegative(),
    /** The earliest occurrence by publication date (by ingest order when undated). */
    firstSeen: StatementOccurrence,
  })
  .strict()
  .meta({ id: 'StatementSummary' });
export type StatementSummary = z.infer<typeof StatementSummary>;

/** A statement with every occurrence (its timeline, earliest first) and every wording variant. */
export const Statement = StatementSummary.extend({
  timeline: z.array(StatementOccurrence),
  variants: z.array(StatementVariant),
})
  .strict()
  .meta({ id: 'Statement' });
export type Statement = z.infer<typeof Statement>;

export const StatementSort = z.enum(['first_seen', 'outlets']);
export type StatementSort = z.infer<typeof StatementSort>;

const filterText = z.string().trim().min(1).max(500).optional();
const filterId = z.string().min(1).max(200).optional();

export const StatementQuery = z
  .object({
    /** Corpus entity id of a speaker some article gave the words to. */
    speaker: filterId,
    /** An outlet (publisher name, exactly) that carried it. */
    outlet: filterText,
    /** Words the canonical wording contains. */
    q: filterText,
    flag: StatementFlag.optional(),
    /** Only statements carried by at least this many outlets. */
    minOutlets: z.coerce.number().int().min(1).max(100_000).optional(),
    /** Statements with an occurrence in this article. */
    article: filterId,
    /** first_seen: most recently first seen first; outlets: most carried first. */
    sort: StatementSort.default('outlets'),
    cursor: z.string().min(1).max(512).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
/** The parsed form, defaults applied; `StatementQuery.parse(params)` makes one. */
export type StatementQuery = z.output<typeof StatementQuery>;
export type StatementQueryInput = z.input<typeof StatementQuery>;

/** What a corpus answers about statements (the store over a database, the client over HTTP). */
export interface StatementReader {
  listStatements(query: StatementQuery): Promise<Page<StatementSummary>>;
  getStatement(id: string): Promise<Statement | null>;
}
