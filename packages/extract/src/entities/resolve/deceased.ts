import type { Span } from '@sourcetrace/article-model';
import type { EntityStore } from '../store.js';
import type { Ent } from '../types.js';

/** After a name: "Ann Roe, who died on Monday", "Tom Bell was killed", "Roe's funeral". */
const DEATH_AFTER =
  /^(?:\s*,\s*who\s+(?:has\s+|had\s+)?|\s+)(?:died|passed away|was killed|was shot dead|was found dead)\b|^['\u2019]s?\s+(?:death|funeral|killing|murder)\b/i;
/** Before a name: "the late Ann Roe", "the murder of Tom Bell", "a funeral for Ann Roe". */
const DEATH_BEFORE = /\b(?:the late|(?:death|funeral|killing|murder) (?:of|for))\s+$/i;
/** Characters read on either side of a mention. */
const REACH = 40;

/** Sentences back from a pronoun in which a death told makes its person no speaker. */
const SENTENCES_BACK = 3;

/** Whether the text tells the death of whoever the mention at `span` names. */
export function toldDeadAt(text: string, span: Span): boolean {
  return (
    DEATH_AFTER.test(text.slice(span.end, span.end + REACH)) ||
    DEATH_BEFORE.test(text.slice(Math.max(0, span.start - REACH), span.start))
  );
}

/**
 * A person told dead in the few sentences before `span` (an obituary's subject, a victim), who
 * has not spoken in the text: "he said" after "Mr Dunmore, who died on Monday, played the organ"
 * is a mourner speaking, not him.
 */
export function toldDeadBefore(store: EntityStore, ent: Ent, span: Span): boolean {
  if (ent.kind !== 'person' || ent.mentions.some((m) => m.speaker)) return false;
  const from = store.sentenceStartBack(span.start, SENTENCES_BACK);
  const text = store.text;
  return ent.mentions.some(
    (m) =>
      !m.quoted && m.span.start >= from && m.span.end <= span.start && toldDeadAt(text, m.span),
  );
}
