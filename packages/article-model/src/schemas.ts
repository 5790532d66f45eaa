import { z } from 'zod';
import { StoredClaimRule, StoredQuoteRule } from './rules.js';

/** Bumped whenever a stored Article would no longer parse with the current schemas. */
export const SCHEMA_VERSION = 1 as const;

/**
 * A stand-off range over `Article.text`: UTF-16 code units, end-exclusive.
 * Non-emptiness and bounds depend on the text, so `validateArticle` checks them.
 */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict()
  .meta({ id: 'Span', description: 'UTF-16 code-unit range into Article.text, end-exclusive.' });
export type Span = z.infer<typeof Span>;

export const BlockKind = z.enum([
  'title',
  'heading',
  'paragraph',
  'byline',
  'boilerplate',
  'caption',
]);
export type BlockKind = z.infer<typeof BlockKind>;

export const Block = z
  .object({ kind: BlockKind, span: Span })
  .strict()
  .meta({ id: 'Block', description: 'A structural piece of the article text.' });
export type Block = z.infer<typeof Block>;

export const EntityKind = z.enum(['person', 'organization', 'location', 'other']);
export type EntityKind = z.infer<typeof EntityKind>;

export const MentionForm = z.enum(['name', 'alias', 'pronoun', 'descriptor', 'metonym']);
export type MentionForm = z.infer<typeof MentionForm>;

export const Mention = z
  .object({ span: Span, form: MentionForm })
  .strict()
  .meta({ id: 'Mention', description: 'One place in the text that refers to an entity.' });
export type Mention = z.infer<typeof Mention>;

export const Entity = z
  .object({
    id: z.string().min(1),
    kind: EntityKind,
    /** Canonical name: the fullest form the article uses ("Ana Ruiz"). */
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    mentions: z.array(Mention),
    /** Roles and descriptions from appositions and titles ("military analyst"). */
    descriptors: z.array(z.string().min(1)),
    /** A news organisation (Reuters, CNN, The Telegraph). */
    outlet: z.boolean().optional(),
    /** A source the article does not name ("an unnamed professor", "US officials"). */
    anonymous: z.boolean().optional(),
  })
  .strict()
  .meta({
    id: 'Entity',
    description: 'A person, organisation, place or other thing the article mentions.',
  });
export type Entity = z.infer<typeof Entity>;

export const QuoteKind = z.enum(['direct', 'mixed', 'indirect']);
export type QuoteKind = z.infer<typeof QuoteKind>;

const confidence = z.number().min(0).max(1);

export const Quote = z
  .object({
    id: z.string().min(1),
    kind: QuoteKind,
    /** What was said: one or more ordered, disjoint pieces (a quote broken by "she said" has two). */
    content: z.array(Span).min(1),
    /** The words inside quote marks, each fragment its own span. */
    verbatim: z.array(Span),
    /** The verb or phrase that introduces the quote ("told"). */
    cue: Span.nullable(),
    /** The speaker as written ("he", "energy analyst Dana Whitcombe"). */
    source: Span.nullable(),
    speakerId: z.string().min(1).nullable(),
    /** The outlet the quote was given to or reported by ("told CNN"). */
    channelId: z.string().min(1).nullable(),
    confidence,
    /** The extraction rule that produced this quote, so a reader can see why. */
    rule: StoredQuoteRule.optional(),
    /** The corpus statement these quoted words belong to; set by a corpus, never by extraction. */
    statementId: z.string().min(1).optional(),
  })
  .strict()
  .meta({
    id: 'Quote',
    description: 'Something a speaker said, with its cue, speaker and channel.',
  });
export type Quote = z.infer<typeof Quote>;

export const Hedge = z.enum(['none', 'hedged', 'belief', 'rumour', 'disputed']);
export type Hedge = z.infer<typeof Hedge>;

export const Claim = z
  .object({
    id: z.string().min(1),
    content: z.array(Span).min(1),
    /** "according to", "It's rumoured that"; null for the article's own assertion. */
    cue: Span.nullable(),
    source: Span.nullable(),
    sourceId: z.string().min(1).nullable(),
    hedge: Hedge,
    confidence,
    /** The extraction rule that produced this claim. */
    rule: StoredClaimRule.optional(),
  })
  .strict()
  .meta({ id: 'Claim', description: 'An assertion, on whose authority and how hedged.' });
export type Claim = z.infer<typeof Claim>;

export const SourceFormat = z.enum(['text', 'html']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const SourceMeta = z
  .object({
    url: z.string().url().optional(),
    publisher: z.string().min(1).optional(),
    byline: z.string().min(1).optional(),
    /** ISO 8601 date or date-time. */
    publishedAt: z.string().min(1).optional(),
    format: SourceFormat,
  })
  .strict()
  .meta({ id: 'SourceMeta', description: 'Where the article came from.' });
export type SourceMeta = z.infer<typeof SourceMeta>;

export const ExtractorInfo = z
  .object({ name: z.string().min(1), version: z.string().min(1) })
  .strict()
  .meta({ id: 'ExtractorInfo' });
export type ExtractorInfo = z.infer<typeof ExtractorInfo>;

export const Article = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** Stable: derived from the content, so the same text always gets the same id. */
    id: z.string().min(1),
    /** The text exactly as given (for HTML, the readable text extracted once). */
    text: z.string(),
    title: z.string().nullable(),
    source: SourceMeta,
    blocks: z.array(Block),
    entities: z.array(Entity),
    quotes: z.array(Quote),
    claims: z.array(Claim),
    extractor: ExtractorInfo,
  })
  .strict()
  .meta({ id: 'Article', description: 'A news article and everything Sourcetrace found in it.' });
export type Article = z.infer<typeof Article>;
