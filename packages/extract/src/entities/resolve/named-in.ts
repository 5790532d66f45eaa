// Which name in a speaker phrase speaks: the person covering its head, a titled name, or a
// name set off after a description.
import { LIST_OPENERS } from '../data/name-words.js';
import { afterPeopleNoun, speaksFor } from './served.js';
import type { EntityStore } from '../store.js';
import type { Mention } from '../types.js';
import type { Phrase } from './phrase.js';

/** A name inside the head, or one a title before it ends: "Minister of Municipal Affairs Ric McIver". */
export function namedIn(
  store: EntityStore,
  p: Phrase,
  named: Mention[],
  lastWordStart: number,
): Mention | undefined {
  // "a lawyer representing Holm": whom the speaker serves is not who speaks
  const covering = named.filter(
    (m) =>
      m.span.start <= lastWordStart &&
      m.span.end > lastWordStart &&
      !(m.ent.kind === 'person' && speaksFor(store.text, p.span.start, m.span.start)),
  );
  // a person covering the last word is the speaker: nothing else is looked up
  const person = covering.find((m) => m.ent.kind === 'person');
  if (person) return person;
  const beforeComma = p.tokens.findIndex((t) => t.lower === ',');
  const titledEnd =
    p.span.start + (p.tokens[(beforeComma < 0 ? p.tokens.length : beforeComma) - 1]?.end ?? 0);
  const titled = store.index.overlapping({ start: p.span.start, end: titledEnd }).filter(
    (m) =>
      m.ent.kind === 'person' &&
      m.span.end === titledEnd &&
      // "the mayor of Eastvale", "a lawyer for Kemp": a name after a role or a group and its
      // preposition is whom the speaker serves or comes from, not who speaks
      !afterPeopleNoun(store.text, p.span.start, m.span.start),
  );
  return titled[0] ?? namedAfterComma(store, p, beforeComma) ?? covering[0];
}

/**
 * "One red-state Democrat, Norland Sen. Jon Tarrow", "Its largest shareholder, Norcap": a
 * description, a comma, then a person's name closing the phrase, or a body's (or a name of no
 * known kind) making the whole apposition, is the speaker (not "Ann Roe of Lund University").
 */
function namedAfterComma(store: EntityStore, p: Phrase, comma: number): Mention | undefined {
  if (comma < 0) return undefined;
  // "Critics, including Ada Kemp,": one named among a group is not who the group is
  if (LIST_OPENERS.has(p.tokens[comma + 1]?.lower ?? '')) return undefined;
  const from = p.span.start + p.tokens[comma]!.end;
  const whole = (m: Mention) =>
    m.ent.kind !== 'location' && !store.text.slice(from, m.span.start).trim();
  const fits = (m: Mention) => m.form === 'name' && m.span.end === p.span.end;
  return store.index
    .overlapping({ start: from, end: p.span.end })
    .find((m) => fits(m) && (m.ent.kind === 'person' || whole(m)));
}
