import type { MentionForm } from '@sourcetrace/article-model';
import { BUSINESS_NAME_WORDS, ORG_WORDS } from './data/organizations.js';
import { PREPOSITIONS } from '../lexicon/words.js';
import { initialsOf, isAcronym } from './acronyms.js';
import { PEOPLE_PLURALS } from './data/people.js';
import { isRoleWord } from './role-words.js';
import type { Candidate } from './name-scan.js';
import { push, type EntityStore } from './store.js';
import type { Ent } from './types.js';

// Short forms of a body named in full before: its initials, or the word that heads its name.

/** A candidate merged into its entity. */
export interface Placed {
  c: Candidate;
  ent: Ent;
  form: MentionForm;
}

/** "the RMC" after "the Royal Mounted Constabulary": an acronym of a body named in full before it. */
export function spelledOut(store: EntityStore, placed: Placed[], c: Candidate): Ent | undefined {
  const word = c.words[0]!;
  if (c.kind !== 'organization' || c.words.length !== 1 || !isAcronym(word)) return undefined;
  const full = placed.find(
    (o) =>
      o.ent.kind === 'organization' &&
      o.ent.words.length > 1 &&
      o.c.span.start < c.span.start &&
      initialsOf(o.ent.words) === word,
  )?.ent;
  if (full) store.keys.set({ ns: 'named', kind: full.kind, name: word.toLowerCase() }, full);
  return full;
}

/**
 * The bodies placed so far, as the short-form readings look them up: the last words of their
 * names, and the leading words of a business's name. Each placed body is read once, as the
 * merge goes on, so the look-ups cost the same however many bodies a text names.
 */
export class PlacedBodies {
  private read = 0;
  private readonly lastWords = new Set<string>();
  private readonly firmsByLeadingWords = new Map<string, Placed>();

  constructor(private readonly placed: readonly Placed[]) {}

  /** A body placed so far ends its name with this word (lowercased). */
  endsAName(word: string): boolean {
    this.catchUp();
    return this.lastWords.has(word);
  }

  /** The business first placed whose name starts with these words and goes on. */
  firmStartingWith(name: string): Placed | undefined {
    this.catchUp();
    return this.firmsByLeadingWords.get(name);
  }

  private catchUp(): void {
    for (; this.read < this.placed.length; this.read++) {
      const o = this.placed[this.read]!;
      if (o.ent.kind !== 'organization') continue;
      const last = o.ent.words.at(-1)!.toLowerCase();
      this.lastWords.add(last);
      if (!BUSINESS_NAME_WORDS.has(last)) continue;
      const name = o.ent.name.toLowerCase();
      for (let space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
        const leading = name.slice(0, space);
        if (!this.firmsByLeadingWords.has(leading)) this.firmsByLeadingWords.set(leading, o);
      }
    }
  }
}

/**
 * "Marsh & Delaney" after "Marsh & Delaney Foods Inc.": the first two words or more of a
 * business's name that ends on a word of business ("Inc.", "Holdings") are that business.
 */
export function firmWithoutSuffix(
  store: EntityStore,
  bodies: PlacedBodies,
  c: Candidate,
  name: string,
): Ent | undefined {
  if (c.kind !== 'organization' || c.words.length < 2) return undefined;
  const full = bodies.firmStartingWith(name);
  if (!full || full.c.span.start >= c.span.start) return undefined;
  store.keys.set({ ns: 'named', kind: full.ent.kind, name }, full.ent);
  return full.ent;
}

/**
 * "Fenwick Lowe" after "Fenwick Lowe LLP": a run read as a person's name that is a business's
 * name without its word of business, written after it, is that business (so it is merged as
 * one by firmWithoutSuffix, not as a person).
 */
export function firmsReadAsPeople(candidates: readonly Candidate[]): void {
  const firms = new Map<string, number>();
  for (const c of candidates) {
    const last = c.words.at(-1)?.toLowerCase() ?? '';
    if (c.kind !== 'organization' || c.words.length < 3 || !BUSINESS_NAME_WORDS.has(last)) continue;
    const leading = c.words.slice(0, -1).join(' ').toLowerCase();
    if (!firms.has(leading)) firms.set(leading, c.span.start);
  }
  if (!firms.size) return;
  for (const c of candidates) {
    if (c.kind !== 'person' || c.words.length < 2) continue;
    const at = firms.get(c.words.join(' ').toLowerCase());
    if (at === undefined || at >= c.span.start) continue;
    c.kind = 'organization';
    c.person = false;
  }
}

/**
 * "the Bureau" after "the National Weather Bureau", "the Ministry" after "the Ministry of
 * Health": a body's head word, capitalised alone, is the body last named with it.
 */
export function headWordOf(store: EntityStore, placed: Placed[], c: Candidate): Ent | undefined {
  const word = c.words[0]!.toLowerCase();
  if (c.kind !== 'organization' || c.words.length !== 1 || !ORG_WORDS.has(word)) return undefined;
  let full: Ent | undefined;
  for (const o of placed) {
    const { ent } = o;
    if (o.c.span.start >= c.span.start || ent.kind !== 'organization' || ent.words.length < 2)
      continue;
    if (ent.words.some((w) => w.toLowerCase() === word)) full = ent;
  }
  if (full) store.keys.set({ ns: 'named', kind: full.kind, name: word }, full);
  return full;
}

/** The bodies whose name ends on its head word, by that word: what `lastWordOf` reads. */
export type BodiesByLastWord = Map<string, Placed[]>;

/** Indexes the organisations placed so far by the last word of their names (see headLast). */
export function bodiesByLastWord(placed: readonly Placed[]): BodiesByLastWord {
  const bodies: BodiesByLastWord = new Map();
  for (const o of placed) {
    if (o.ent.kind !== 'organization' || !headLast(o.ent)) continue;
    push(bodies, o.ent.words[o.ent.words.length - 1]!.toLowerCase(), o);
  }
  // in text order, for lastWordOf's binary search
  for (const list of bodies.values()) list.sort((a, b) => a.c.span.start - b.c.span.start);
  return bodies;
}

/** The last of `named` (in text order) placed before `at`. */
function lastBefore(named: readonly Placed[], at: number): Placed | undefined {
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (named[mid]!.c.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  return named[lo - 1];
}

/**
 * "the Hawks" after "the Harbour Hawks", "the Ledger" after "the Kestrel Bay Ledger": the last
 * word of a body's name, alone after "the" or before a role, is the body named before with it
 * (the one named last).
 */
export function lastWordOf(
  store: EntityStore,
  bodies: BodiesByLastWord,
  c: Candidate,
): Ent | undefined {
  if (c.words.length !== 1 || c.kind === 'person' || c.kind === 'location') return undefined;
  if (isAcronym(c.words[0]!)) return undefined; // "the NFL" is no "Reno NFL"
  const word = c.words[0]!.toLowerCase();
  const named = bodies.get(word);
  // "the Roe campaign": someone's surname before a noun, not "Team Roe"
  if (!named || store.bySurname.has(word)) return undefined;
  // ... or before the people it has, in lower case: "Hawks coach Ben Sarkis", "Ledger reporters"
  const after = /^\s+(\p{Ll}+)/u.exec(store.text.slice(c.span.end, c.span.end + 24))?.[1];
  if (!store.afterThe(c.span.start) && !(after && (isRoleWord(after) || PEOPLE_PLURALS.has(after))))
    return undefined;
  return lastBefore(named, c.span.start)?.ent;
}

/**
 * The name's last word is its head: two words or more, none a preposition ("the Constitution" is
 * no "Office for the Protection of the Constitution").
 */
function headLast(ent: Ent): boolean {
  return ent.words.length > 1 && !ent.words.some((w) => PREPOSITIONS.has(w.toLowerCase()));
}
