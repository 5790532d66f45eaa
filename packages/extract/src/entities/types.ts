import type { Entity, MentionForm, Span } from '@sourcetrace/article-model';

import type { Gender } from './data/people.js';

export type { Gender };

/**
 * The article's entities, found once, then consulted and extended by attribution:
 * a speaker or source as written is resolved to an entity (a named one, a pronoun's
 * antecedent, or a new anonymous/descriptor entity), and that mention is recorded.
 */
export interface EntityTable {
  /** The entity with a mention overlapping the span, if any (longest overlap wins). */
  at(span: Span): Entity | undefined;
  /**
   * Resolves a speaker/source span as written ("he", "energy analyst Dana Whitcombe",
   * "US officials", "an unnamed official at a regional ministry", "Reuters") to an entity
   * id, creating an entity when none fits (anonymous sources flagged), and recording the
   * mention with its form. Pronouns resolve to the nearest fitting antecedent before the span.
   * Returns null when nothing sensible can be named (e.g. "I", "we" in quoted speech).
   */
  resolveSource(span: Span): string | null;
  /** Resolves an outlet span ("CNN", "the Telegraph") to an outlet entity id, creating it if needed. */
  resolveChannel(span: Span): string | null;
  /** Records an extra mention of an entity (e.g. a pronoun resolved elsewhere). */
  addMention(entityId: string, span: Span, form: MentionForm): void;
  genderOf(entityId: string): Gender;
  /**
   * Tells the table which stretches are quoted words, so a name inside a quotation is not taken
   * as the antecedent of a pronoun outside it. Optional: the table pairs quote marks itself.
   */
  setQuoted(spans: Span[]): void;
  /** The final entity list with ids, mentions sorted, aliases and descriptors filled in. */
  entities(): Entity[];
}
