// "the 18-year-old said", "the teenager said": the person the article gave that age.
import type { Span } from '@sourcetrace/article-model';
import { AGE_NOUNS } from '../data/people.js';
import type { EntityStore } from '../store.js';
import type { Ent } from '../types.js';

/** Ages from `min` to `max`, both included. */
export interface AgeRange {
  min: number;
  max: number;
}

/** "18-year-old", with its years. */
const YEARS_OLD = /^(\d{1,3})-year-old$/;

/** The ages a word gives: "18-year-old" one, "teenager" 13 to 19; undefined for any other word. */
export function ageOf(word: string): AgeRange | undefined {
  const years = YEARS_OLD.exec(word)?.[1];
  if (years !== undefined) return { min: Number(years), max: Number(years) };
  const range = AGE_NOUNS.get(word);
  return range ? { min: range[0], max: range[1] } : undefined;
}

/** An age given right after a name: "Ada Kemp, 31,", or in brackets: "Ada Kemp (31)". */
export const AGE_AFTER_NAME = /^(?:,\s*(\d{1,3})\s*[,.;]|\s*\((\d{1,3})\))/;

/** The age given right after a name, from the text that follows it. */
function ageAfterName(after: string): string | undefined {
  const match = AGE_AFTER_NAME.exec(after);
  return match?.[1] ?? match?.[2];
}

/** An age written right before a name: "16-year-old Ivo Marr". */
const AGE_BEFORE_NAME = /\b(\d{1,3})-year-old\s+$/;

/** Characters before a name within which an age before it is read: "100-year-old ". */
const AGE_BEFORE_REACH = 14;

/**
 * The one person named before `span` with an age in the range, as a descriptor ("18-year-old
 * forward Kasimir Dube"), before the name ("16-year-old Ivo Marr") or after it ("Ada Kemp,
 * 31,"); undefined when none is, or several are.
 */
export function personAged(store: EntityStore, span: Span, age: AgeRange): Ent | undefined {
  const fits = (years: string | undefined) =>
    years !== undefined && Number(years) >= age.min && Number(years) <= age.max;
  let found: Ent | undefined;
  for (const e of store.persons) {
    const before = e.mentions.filter((m) => m.span.end <= span.start);
    if (!before.length) continue;
    const aged =
      e.descriptors.some((d) =>
        d
          .toLowerCase()
          .split(/\s+/)
          .some((w) => fits(YEARS_OLD.exec(w)?.[1])),
      ) ||
      before.some(
        (m) =>
          fits(ageAfterName(store.text.slice(m.span.end, m.span.end + 8))) ||
          fits(AGE_BEFORE_NAME.exec(ageBefore(store.text, m.span.start))?.[1]),
      );
    if (!aged || found === e) continue;
    if (found) return undefined;
    found = e;
  }
  return found;
}

/** The few characters before a name where an age before it would be written. */
function ageBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - AGE_BEFORE_REACH), start);
}
