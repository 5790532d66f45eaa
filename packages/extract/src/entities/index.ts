import type { Block, Entity, MentionForm, Span } from '@sourcetrace/article-model';
import type { Sentence } from '../text/sentences.js';
import type { EntityTable, Gender } from './types.js';

export type { EntityTable, Gender } from './types.js';

/** Finds the article's entities. Minimal for now: holds only entities attribution creates. */
export function createEntityTable(text: string, _blocks: Block[], _sentences: Sentence[]): EntityTable {
  const list: Entity[] = [];
  const create = (span: Span, form: MentionForm): string => {
    const name = text.slice(span.start, span.end).trim();
    const existing = list.find((e) => e.name === name);
    if (existing) {
      existing.mentions.push({ span, form });
      return existing.id;
    }
    const entity: Entity = { id: `e${list.length + 1}`, kind: 'other', name, aliases: [], mentions: [{ span, form }], descriptors: [] };
    list.push(entity);
    return entity.id;
  };
  return {
    at: (span) => list.find((e) => e.mentions.some((m) => m.span.start < span.end && span.start < m.span.end)),
    resolveSource: (span) => (text.slice(span.start, span.end).trim() ? create(span, 'name') : null),
    resolveChannel: (span) => (text.slice(span.start, span.end).trim() ? create(span, 'name') : null),
    addMention: (entityId, span, form) => list.find((e) => e.id === entityId)?.mentions.push({ span, form }),
    genderOf: (): Gender => 'unknown',
    entities: () => list,
  };
}
