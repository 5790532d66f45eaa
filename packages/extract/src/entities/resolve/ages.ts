// "the 18-year-old said": the person the article gave that age.
import type { Span } from '@sourcetrace/article-model';
import type { EntityStore } from '../store.js';
import type { Ent } from '../types.js';

/** The age an "18-year-old" gives ("18"); undefined for any other word. */
export function ageOf(word: string): string | undefined {
  return /^(\d{1,3})-year-old$/.exec(word)?.[1];
}

/**
 * The one person named before `span` with this age, as a descriptor ("18-year-old forward
 * Kasimir Dube") or after the name ("Ada Kemp, 31,"); undefined when none is, or several are.
 */
export function personAged(store: EntityStore, span: Span, age: string): Ent | undefined {
  const described = `${age}-year-old`;
  const given = new RegExp(String.raw`^,\s*${age}\s*[,.;]`);
  let found: Ent | undefined;
  for (const e of store.persons) {
    const before = e.mentions.filter((m) => m.span.end <= span.start);
    if (!before.length) continue;
    const aged =
      e.descriptors.some((d) => d.toLowerCase().split(/\s+/).includes(described)) ||
      before.some((m) => given.test(store.text.slice(m.span.end, m.span.end + 8)));
    if (!aged || found === e) continue;
    if (found) return undefined;
    found = e;
  }
  return found;
}
