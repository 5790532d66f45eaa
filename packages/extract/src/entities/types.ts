import type { Entity, MentionForm, Span } from '@sourcetrace/article-model';

export type Gender = 'male' | 'female' | 'unknown';

/**
 * The article's entities, found once, then consulted and extended by attribution:
 * a speaker or source as written is resolved to an entity (a named one, a pronoun's
 * antecedent, or a new anonymous/descriptor entity), and that mention is recorded.
 */
export interface EntityTable {
  /** The entity with a mention overlapping the span, if any (longest overlap wins). */
  at(span: Span): Entity | undefined;
  /**
   * Resolves a speaker/source span as written ("he", "military analyst Cedric Leighton",
   * "US officials", "an unnamed professor at an Iranian university", "Reuters") to an entity
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
  /** The final entity list with ids, mentions sorted, aliases and descriptors filled in. */
  entities(): Entity[];
}
