import type { Entity, EntityKind, MentionForm, Span } from '@sourcetrace/article-model';

import type { Gender } from './data/people.js';

export type { Gender };

/** An entity while the table is being built. */
export interface Ent {
  id: string;
  kind: EntityKind;
  name: string;
  /** Words of the fullest name, for surname and first-name merging. */
  words: string[];
  aliases: Set<string>;
  descriptors: string[];
  outlet: boolean;
  anonymous: boolean;
  plural: boolean;
  gender: Gender;
  mentions: Mention[];
}

export interface Mention {
  span: Span;
  form: MentionForm;
  ent: Ent;
  /** Inside quoted words: not an antecedent for a pronoun outside them. */
  quoted: boolean;
  /** Resolved as the source of a quote or claim: the likeliest antecedent of a later pronoun. */
  speaker: boolean;
}

/**
 * A span that attribution found as a source ("Ann Roe", "he", "an unnamed official") or a
 * channel ("told the Ledger"). The table settles these, in the order given, before it is
 * finished: that is where anonymous sources get their entities and pronouns their antecedents.
 */
export interface SourceRequest {
  role: 'source' | 'channel';
  span: Span;
  /** What the source said: a pronoun source never stands for someone named in it. */
  said?: readonly Span[];
  /** The source of a claim, not of a quote: no later pronoun takes it as the last speaker. */
  claim?: boolean;
}

/** What the names found so far tell attribution about a span, while it looks for quotes. */
export interface KnownNames {
  /** Whether the entity with a mention overlapping the span is a news outlet. */
  isOutlet(span: Span): boolean;
  /** Whether a person or organisation is named exactly at the span ("Tom Bell", "Norland Ferries"). */
  isName(span: Span): boolean;
}

/**
 * Names collected and merged, before the sources are settled: what attribution consults while
 * it looks for quotes (is this span a news outlet, a name?).
 */
export interface EntityDraft extends KnownNames {
  /** Settles the sources (in order) and returns the finished table; the draft is used up. */
  finish(requests: readonly SourceRequest[]): EntityTable;
}

/**
 * The article's entities, finished: every method is a query and none changes the table, so
 * quotes, claims and the entity list can be read in any order.
 */
export interface EntityTable {
  /** The entity with a mention overlapping the span, if any (longest overlap wins). */
  at(span: Span): Entity | undefined;
  /**
   * The entity id of a speaker/source span as written ("he", "energy analyst Dana Whitcombe",
   * "an unnamed official"): what settlement gave a requested span; for any other span, the
   * entity the same rules point to, or null where they would have to make a new one.
   * Null when nothing sensible can be named (e.g. "I", "we" in quoted speech).
   */
  resolveSource(span: Span): string | null;
  /** The outlet entity id of a channel span ("CNN", "the Telegraph"), the same way. */
  resolveChannel(span: Span): string | null;
  /** The final entity list with ids, mentions sorted, aliases and descriptors filled in. */
  entities(): Entity[];
}
