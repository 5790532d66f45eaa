// "Some said A, others said B": a second report after a comma, with the verb of the first.
import { ASIDE_CLAUSE_OPENERS, FRAMING_SUBORDINATORS } from '../../lexicon/words.js';
import { tokenAt } from '../../text/tokens.js';
import { peopleWord } from '../people-words.js';
import type { Phrases } from '../phrases.js';
import type { Attribution, SpeakerBefore } from './types.js';

/**
 * After a comma at `boundary`, the cue at c repeats the open attribution's verb with a subject
 * of its own: "Some said A, others said B", "Ann Roe said A, Tom Bell said B" report anew (a
 * bare number, "39 have said", names no one to resolve, unless the open one counts people).
 */
export function reportsAnew(
  p: Phrases,
  open: Readonly<Attribution>,
  speaker: SpeakerBefore,
  c: number,
  boundary: number,
): boolean {
  return p.isPunct(boundary, ',') && !uncountedNumber(p, speaker, open) && repeatsCue(p, open, c);
}

/**
 * The cue at c repeats the last word of the open attribution's cue ("said" ... "said"), whose
 * content opens as a clause (not "when" or "if", after whose comma the reported clause goes on).
 */
function repeatsCue(p: Phrases, open: Readonly<Attribution>, c: number): boolean {
  if (!open.cue || open.kind !== 'speech' || !open.content.length) return false;
  if (p.lower(tokenAt(p.tokens, open.cue.end) - 1) !== p.lower(c)) return false;
  let first = tokenAt(p.tokens, open.content[0]!.start);
  if (p.lower(first) === 'that') first++;
  return !FRAMING_SUBORDINATORS.has(p.lower(first)) && !ASIDE_CLAUSE_OPENERS.has(p.lower(first));
}

/**
 * A bare number as the subject ("39 have said"), with no count of people open before it to
 * be a part of ("Eleven trustees said A, four said B").
 */
function uncountedNumber(p: Phrases, speaker: SpeakerBefore, open: Readonly<Attribution>): boolean {
  const bare = speaker.npStart === speaker.npEnd && p.amount(speaker.npStart);
  return bare && !countedGroup(p, open);
}

/**
 * "Eleven trustees", "40 pilots", "12": the open attribution's source is a number, alone or
 * before people, of whom a bare number after it counts a part.
 */
function countedGroup(p: Phrases, open: Readonly<Attribution>): boolean {
  if (!open.source) return false;
  const first = tokenAt(p.tokens, open.source.start);
  const last = tokenAt(p.tokens, open.source.end) - 1;
  if (!p.amount(first) || last - first > 1) return false;
  return last === first || peopleWord(p.lower(last));
}
