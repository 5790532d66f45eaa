import type { Placed } from './short-forms.js';
import type { EntityStore } from './store.js';
import type { Ent, Gender } from './types.js';

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
