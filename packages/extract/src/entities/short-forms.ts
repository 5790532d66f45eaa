import type { MentionForm } from '@sourcetrace/article-model';
import { ORG_WORDS } from './data/organizations.js';
import { initialsOf, isAcronym } from './name-context.js';
import type { Candidate } from './name-scan.js';
import type { EntityStore } from './store.js';
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
