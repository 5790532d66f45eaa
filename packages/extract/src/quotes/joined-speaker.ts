// Where reported words give way to another speaker's clause joined on after them.
import { cueClass } from '../lexicon/cues.js';
import type { Span } from '@sourcetrace/article-model';
import { JOINED_CLAUSE_OPENERS, REPORTING_FORMS } from '../lexicon/quote-words.js';
import { AUXILIARIES } from '../lexicon/words.js';
import { isPastTense } from '../lexicon/verb-forms.js';
import type { Phrases } from './phrases.js';

/** Words of a name before its verb, at most. */
const MAX_NAME_WORDS = 4;
/** Tokens read for such a clause after the content starts, at most (a sentence's reach). */
const MAX_READ = 80;

/** Another speaker's clause joined on: the mark before it and the name that opens it. */
export interface JoinedClause {
  mark: number;
  name: number;
  nameEnd: number;
}

/**
 * `Fiona Mackay said the cuts were needed, but Aisha Rahman disagreed.`: after a comma or a
 * semicolon (and "but", "and", "while" or "whereas"), a name and a verb of saying or of a
 * stance open another speaker's clause, which is no part of the words from `from` to `end`.
 * Unless the words are a thing a stance is taken on ("backed the cuts"), they must hold a verb
 * before the mark ("that after the fire, Ann Roe called her" has none before its comma).
 */
export function joinedClause(
  p: Phrases,
  from: number,
  end: number,
  thing = false,
): JoinedClause | null {
  const last = Math.min(end, from + MAX_READ);
  // whether a verb stands in [from, k): read once as k moves on
  let verb = verbAt(p, from);
  for (let k = from + 1; k < last - 2; verb ||= verbAt(p, k), k++) {
    if (!p.outside(k) || !p.isPunct(k, ',;') || !(thing || verb)) continue;
    const name = JOINED_CLAUSE_OPENERS.has(p.lower(k + 1)) ? k + 2 : k + 1;
    let nameEnd = name;
    while (nameEnd < end && nameEnd - name < MAX_NAME_WORDS && p.isWord(nameEnd) && p.cap(nameEnd))
      nameEnd++;
    if (nameEnd === name || !p.isName(name, nameEnd)) continue;
    if (p.isWord(nameEnd) && !p.cap(nameEnd) && cueClass(p.lower(nameEnd)))
      return { mark: k, name, nameEnd };
  }
  return null;
}

/**
 * `..., Northshore Radio reported.` closing the words that end at `end`: the outlet that carried
 * them, when the joined clause is an outlet's report and nothing follows it in the sentence.
 */
export function reportingOutlet(p: Phrases, joined: JoinedClause | null, end: number): Span | null {
  if (!joined || !REPORTING_FORMS.has(p.lower(joined.nameEnd))) return null;
  // ("reported on Monday.": a time may close the sentence)
  const after = p.skipTimeForward(joined.nameEnd + 1, end);
  if (!p.isOutlet(joined.name, joined.nameEnd) || after < end - 1) return null;
  return p.span(joined.name, joined.nameEnd);
}

/** A verb of a clause at k: an auxiliary or a past form in lower case. */
function verbAt(p: Phrases, k: number): boolean {
  const word = p.lower(k);
  return p.isWord(k) && !p.cap(k) && (AUXILIARIES.has(word) || isPastTense(word));
}
