import type { Placed } from './short-forms.js';
import type { EntityStore } from './store.js';
import type { Ent, Gender } from './types.js';
import { toldDeadAt } from './resolve/deceased.js';
import type { Span } from '@sourcetrace/article-model';
import { AGE_COMPARATIVES } from './data/people.js';

const POSSESSIVE_ENDING = /^['\u2019]s?/;

/**
 * "Maria Alvarez and her husband, José Alvarez, ... José said ... "...," Alvarez said.": of the
 * people who share a surname, the one named (in full or by first name) last in this or the
 * sentence before `at`, opening their sentence, is whom a bare surname there means (not one
 * merely spoken of: "He defended Heidi Cruz. "...," Cruz said."); undefined when none is.
 */
export function namedJustBefore(
  store: EntityStore,
  placed: readonly Placed[],
  pool: readonly Ent[],
  at: number,
): Ent | undefined {
  const from = store.sentenceStartBack(at, 1);
  let last: Placed | undefined;
  for (const o of placed) {
    const start = o.c.span.start;
    if (start < from || start >= at || !pool.includes(o.ent)) continue;
    if (/\p{L}/u.test(store.text.slice(store.sentenceStartBack(start, 0), start))) continue;
    if (!last || start > last.c.span.start) last = o;
  }
  return last?.ent;
}

/** The people whose gender may be `gender` ("Mrs. Roe" is no John Roe). */
export function agreeing(people: readonly Ent[], gender: Gender): Ent[] {
  return people.filter(
    (e) => gender === 'unknown' || e.gender === 'unknown' || e.gender === gender,
  );
}

/**
 * "Tariq Roe died in 2021. His brother, Marc Roe, spoke outside. "...," Roe said.": of those
 * who share a surname, one named in this or the sentence before `at` whose death the text has
 * not told, when another's it has (an obituary quotes its subject by surname, and "Roe's
 * father" is still the subject's: the rest stand).
 */
export function living(
  store: EntityStore,
  placed: readonly Placed[],
  people: readonly Ent[],
  span: Span,
): readonly Ent[] {
  const at = span.start;
  if (POSSESSIVE_ENDING.test(store.text.slice(span.end, span.end + 2))) return people;
  const dead = (e: Ent) =>
    placed.some((o) => o.ent === e && o.c.span.start < at && toldDeadAt(store.text, o.c.span));
  const from = store.sentenceStartBack(at, 1);
  const near = (e: Ent) =>
    placed.some((o) => o.ent === e && o.c.span.start >= from && o.c.span.start < at);
  const alive = people.filter((e) => !dead(e));
  return alive.length < people.length && alive.some(near) ? alive.filter(near) : people;
}

/** "the younger Roe", "The elder Roe": the comparative before a surname, in lower case. */
const AGE_BEFORE = /\b[Tt]he\s+(younger|elder|older)\s+$/;

/**
 * "His son, Rory Roe, ... the younger Roe said", "His older brother, Ty Roe, ... the elder Roe":
 * the one person whose descriptions give the comparative or a generation that fits it; else
 * undefined.
 */
export function byAge(store: EntityStore, people: readonly Ent[], span: Span): Ent | undefined {
  const before = AGE_BEFORE.exec(store.text.slice(Math.max(0, span.start - 16), span.start));
  const clues = before ? AGE_COMPARATIVES.get(before[1]!) : undefined;
  if (!clues) return undefined;
  const fits = people.filter((e) =>
    e.descriptors.some((d) =>
      d
        .toLowerCase()
        .split(/\s+/)
        .some((w) => clues.has(w)),
    ),
  );
  return fits.length === 1 ? fits[0] : undefined;
}
