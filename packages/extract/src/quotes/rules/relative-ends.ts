// What follows the cue of a relative clause: the gap's verb ("a rule that he said would pass"),
// a label in marks (`a budget they called "a tax grab"`), and where the words it reports end: at
// the clause's own end, or after the label in marks that a verb of naming gives ("what Ann Roe
// called "the old deal"").
import {
  ARTICLES,
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
} from '../../lexicon/words.js';
import { IRREGULAR_PAST } from '../../lexicon/verb-forms.js';
import type { Phrases } from '../phrases.js';
import { verbLike } from '../speakers.js';
import { QuoteState } from '../units.js';
import { NAMING_FORMS } from '../../lexicon/cues.js';
import {
  NAME_LIST_JOINERS,
  RELATIVE_OPENERS,
  SUBJECT_PRONOUNS,
} from '../../lexicon/quote-words.js';
import { nounBeforeArticle } from '../phrase-before.js';
import type { CueSite } from './types.js';

/**
 * The end of the label in marks that opens at or after `from`, with the noun it modifies
 * (`a "first come, first served" system`), unless punctuation closed it (`"the old deal," ...`) or a
 * verb follows (`a "tax on the sea" was ...`).
 */
export function labelEnd(p: Phrases, from: number, hi: number): number {
  let k = from;
  while (k < hi && p.states[k] !== QuoteState.Close) k++;
  const closed = ',.;:!?'.includes(p.lower(p.beforeCloseMark(k)) || '.');
  k = p.afterCloseMark(k, hi);
  if (closed) return k;
  const first = k;
  while (k < hi && k - first < MAX_LABELLED_NOUN && p.isWord(k) && !p.cap(k)) {
    const word = p.lower(k);
    if (
      verbLike(p, k) ||
      PREPOSITIONS.has(word) ||
      CLAUSE_OPENERS.has(word) ||
      word.endsWith('ing')
    )
      break;
    k++;
  }
  return k;
}

/** Words of the noun a label in marks may modify ("a "first come, first served" system"). */
const MAX_LABELLED_NOUN = 2;

/**
 * Where a relative clause ends: after a quote that opens it (`who said, "We won," left`), else
 * at the comma, semicolon or dash after it, outside quote marks, or at a comma just inside the
 * mark closing a quoted fragment (`which an audit said was "careless," was dropped`).
 */
export function clauseEnd(p: Phrases, from: number, hi: number): number {
  const quoted = p.states[from] === QuoteState.Open;
  for (let k = from + 1; k < hi; k++) {
    if (quoted && p.states[k] === QuoteState.Close) return k + 1;
    if (quoted) continue;
    if (p.outside(k) && p.isPunct(k, ',;\u2014\u2013') && !listGoesOn(p, k, hi)) return k;
    if (p.states[k] === QuoteState.Close && p.commaBefore(k + 1)) return k + 1;
  }
  return hi;
}

/** Words of a list item between its comma and the "and" or "or" closing the list, at most. */
const MAX_LIST_ITEM = 4;

/**
 * `which it says can fold laundry, water plants and cook dinner`: the comma at k parts items of
 * a list that "and" or "or" closes a few words on, with no other mark between.
 */
function listGoesOn(p: Phrases, k: number, hi: number): boolean {
  if (!p.isPunct(k, ',')) return false;
  const first = p.lower(k + 1);
  if (!p.isWord(k + 1) || NAME_LIST_JOINERS.has(first) || RELATIVE_OPENERS.has(first)) return false;
  for (let m = k + 2; m < hi && m <= k + 1 + MAX_LIST_ITEM; m++) {
    if (!p.isWord(m) || !p.outside(m) || RELATIVE_OPENERS.has(p.lower(m))) return false;
    if (NAME_LIST_JOINERS.has(p.lower(m))) return p.isWord(m + 1);
  }
  return false;
}

/** A verb right after the cue, with no subject of its own: the gap a relative pronoun left. */
export function gapAfter(p: Phrases, after: number): boolean {
  const verb = p.lower(after);
  // (read by its ending rather than a pattern: every cue word comes here)
  const gap =
    verb.endsWith('ed') || verb.endsWith('s') || AUXILIARIES.has(verb) || IRREGULAR_PAST.has(verb);
  return gap && !p.cap(after) && !PERSONAL_PRONOUNS.has(verb) && !DETERMINERS.has(verb);
}

/**
 * `a budget they called "a tax grab"`: "he", "she" or "they" right after a noun, with no relative
 * word between them, names the noun with a label in marks after a verb of naming.
 */
export function pronounLabels(site: CueSite, subjectEnd: number): boolean {
  const { p, floor } = site;
  const pronoun = subjectEnd - 1;
  if (pronoun - 1 < floor || !SUBJECT_PRONOUNS.has(p.lower(pronoun))) return false;
  if (!NAMING_FORMS.has(site.lower) || !nounBeforeArticle(p, pronoun - 1)) return false;
  const after = site.cue()!.end;
  const mark = ARTICLES.has(p.lower(after)) && p.isWord(after) ? after + 1 : after;
  return p.states[mark] === QuoteState.Open;
}
