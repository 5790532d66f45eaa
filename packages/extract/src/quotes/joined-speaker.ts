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

/**
 * `Fiona Mackay said the cuts were needed, but Aisha Rahman disagreed.`: after a comma or a
 * semicolon (and "but", "and", "while" or "whereas"), a name and a verb of saying or of a
 * stance open another speaker's clause, which is no part of the words before: returns the
 * mark before it, else `end`.
 */
export function joinedSpeakerClause(p: Phrases, from: number, end: number, thing = false): number {
  return joinedSpeaker(p, from, end, thing)?.mark ?? end;
}

/**
 * `..., Northshore Radio reported.` closing the words: the outlet that carried them, when the
 * joined clause is an outlet's report and nothing follows it in the sentence.
 */
export function reportingOutlet(p: Phrases, from: number, end: number): Span | null {
  const joined = joinedSpeaker(p, from, end);
  if (!joined || !REPORTING_FORMS.has(p.lower(joined.nameEnd))) return null;
  // ("reported on Monday.": a time may close the sentence)
  const after = p.skipTimeForward(joined.nameEnd + 1, end);
  if (!p.isOutlet(joined.name, joined.nameEnd) || after < end - 1) return null;
  return p.span(joined.name, joined.nameEnd);
}

function joinedSpeaker(
  p: Phrases,
  from: number,
  end: number,
  /** The words are a thing a stance is taken on ("backed the cuts"): no verb among them. */
  thing = false,
): { mark: number; name: number; nameEnd: number } | null {
  const last = Math.min(end, from + MAX_READ);
  for (let k = from + 1; k < last - 2; k++) {
    if (!p.outside(k) || !p.isPunct(k, ',;') || !(thing || hasVerb(p, from, k))) continue;
    const name = JOINED_CLAUSE_OPENERS.has(p.lower(k + 1)) ? k + 2 : k + 1;
    let nameEnd = name;
    while (nameEnd < end && nameEnd - name < MAX_NAME_WORDS && p.isWord(nameEnd) && p.cap(nameEnd))
      nameEnd++;
    if (nameEnd === name || !p.isName(name, nameEnd)) continue;
    const verb = p.lower(nameEnd);
    if (p.isWord(nameEnd) && !p.cap(nameEnd) && cueClass(verb)) return { mark: k, name, nameEnd };
  }
  return null;
}

/**
 * A verb among the words before the mark: an auxiliary or a past form, so that they are a clause
 * of their own ("that after the fire, Ann Roe called her" has none before its comma).
 */
function hasVerb(p: Phrases, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = p.lower(k);
    if (p.isWord(k) && !p.cap(k) && (AUXILIARIES.has(word) || isPastTense(word))) return true;
  }
  return false;
}
