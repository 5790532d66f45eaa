// A capital's name: the state acting under it ("Ottawa said") or the city itself ("in Ottawa").
import type { Span } from '@sourcetrace/article-model';
import { GAZETTEER } from './gazetteer.js';
import { AMBIGUOUS_SEATS, CITY_SERVICE_WORDS } from './data/places.js';
import { PLACE_PREPOSITIONS } from '../lexicon/words.js';
import { listedEnt } from './listed-ent.js';
import type { Candidate } from './name-scan.js';
import type { Effects, EntityStore } from './store.js';
import type { Ent } from './types.js';

/** "Washington said" is the United States; "in Washington" is the city. */
export function actsAsState(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 12);
  return /^(?:'s|’s)?\s+(?:has|have|had|is|was|will|would|wants|warned|must|could|should|may|might|did|does)\b/.test(
    after,
  );
}

/** "Washington" alone: the state where it acts as one, else the city. */
export function seatOrPlace(store: EntityStore, fx: Effects, span: Span, word: string): Ent {
  const country = GAZETTEER.get(AMBIGUOUS_SEATS.get(word)!.toLowerCase());
  if (country && actsAsState(store.text, span)) return listedEnt(fx, country);
  return placeNamed(store, word, [word]);
}

/** The place of that name, met before or new. */
export function placeNamed(store: EntityStore, name: string, words: string[]): Ent {
  const key = { ns: 'named', kind: 'location', name: name.toLowerCase() } as const;
  return store.keys.get(key) ?? store.newEnt(key, { kind: 'location', name, words });
}

/**
 * "two hospitals in Ottawa", "a rally outside Paris": a capital listed as standing for its state
 * is the city itself after a preposition of place, or before a service or people of a city
 * ("Ottawa said", "pressure from Paris", "Paris officials" stay the state).
 */
export function capitalAsPlace(text: string, c: Candidate): boolean {
  if (!c.listed?.metonym || c.listed.kind !== 'location') return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, c.span.start - 16), c.span.start));
  if (before !== null && PLACE_PREPOSITIONS.has(before[1]!.toLowerCase())) return true;
  // "Ottawa police", "the Rome mayor": a city's own service or people after it
  const after = WORD_AFTER.exec(text.slice(c.span.end, c.span.end + 20));
  return after !== null && CITY_SERVICE_WORDS.has(after[1]!);
}

/** The word right before a name, and the space between them. */
const WORD_BEFORE = /(\p{L}+)\s+$/u;
/** The word in lower case right after a name. */
const WORD_AFTER = /^\s+(\p{Ll}+)\b/u;
