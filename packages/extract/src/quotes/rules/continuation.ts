import { cueClass, isSpeechClass } from '../../lexicon/cues.js';
import {
  CONNECTIVES,
  NARRATING_SUBORDINATORS,
  REASONING_CONNECTIVES,
  RESUMING_CONNECTIVES,
} from '../../lexicon/words.js';
import { quotedWords } from '../content.js';
import type { Phrases } from '../phrases.js';
import { QuoteState } from '../units.js';
import { ownSpeakerAfter } from './shared.js';
import { becomesQuote, type Attribution, type EndRule, type UnitSite } from './types.js';
import { FIRST_SECOND_PERSON } from '../../entities/data/source-words.js';
import { reportsAfter } from '../contrast-report.js';

/** As sure as the quote it carries on: the speaker's own certainty caps it (see ../confidence.ts). */
export const CONTINUATION_CONFIDENCE = 0.95;

/**
 * A unit with quoted words and no cue right after a quote (`ownSpeakerAfter`) carries on its
 * speaker and channel:
 * a quote opening the unit, or three or more quoted words that are not a Title Case title. In a
 * transcript (`KEMP: We checked it. The deck is sound.`) the turn runs to the paragraph's end.
 */
export const continuation: EndRule = {
  name: 'continuation',
  stage: 'end',
  produces: { quote: ['direct', 'mixed', 'indirect'] },
  confidence: CONTINUATION_CONFIDENCE,
  match({ p, unit, lo, hi, make, previous }) {
    if (!previous || ownSpeakerAfter(p, lo, hi) >= 0) return null;
    const words = quotedWords(p, unit);
    const quoted = p.states[lo] === QuoteState.Open || (words.count >= 3 && !words.titleCase);
    if (!quoted && !transcriptTurn(p.text, previous, unit.start)) return null;
    const attribution = make(
      'continuation',
      [[lo, hi]],
      null,
      previous.source,
      'continuation',
      CONTINUATION_CONFIDENCE,
    );
    if (!attribution) return { type: 'skip' };
    attribution.carries = previous;
    return { type: 'add', attribution };
  },
};

/**
 * The previous attribution is a transcript line (`SMITH: ...`), or carries one on, in the same
 * paragraph as the unit at `start`: the unit is still that speaker's turn.
 */
export function transcriptTurn(text: string, previous: Attribution | null, start: number): boolean {
  if (!previous) return false;
  let line: Attribution | null = previous;
  while (line?.rule === 'continuation') line = line.carries;
  if (line?.rule !== 'transcript') return false;
  const end = previous.content.at(-1)?.end ?? start;
  return end <= start && !text.slice(end, start).includes('\n');
}

/**
 * Inside a transcript's turn, an attribution that is only the speaker's own wording: their "I
 * knew" or "you see" ("A: I knew the numbers, but ..."), or a belief or stance the turn voices
 * ("... but most riders wanted to be heard"). What others said ("The mayor said ...") stands apart.
 */
export function turnVoices(text: string, a: Attribution): boolean {
  if (!becomesQuote(a)) return true;
  return (
    !!a.source && FIRST_SECOND_PERSON.has(text.slice(a.source.start, a.source.end).toLowerCase())
  );
}

/** The sentence goes on at `from` after a comma with "and" or "but" (`..., he says, but ...`). */
export function resumesOnConnective(p: Phrases, from: number): boolean {
  return p.isPunct(from - 1, ',') && RESUMING_CONNECTIVES.has(p.lower(from));
}

/** Words a subordinate clause's subject may run to before its verb of saying. */
const MAX_SUBJECT_WORDS = 6;

/**
 * `"...," she said, after the chair said ...`: the sentence goes on at `from` after a comma with a
 * subordinate clause whose own subject speaks or believes: its words are not the speaker's, and
 * the cue rules read them.
 */
export function subordinateReport(p: Phrases, from: number, hi: number): boolean {
  if (!p.isPunct(from - 1, ',') || !NARRATING_SUBORDINATORS.has(p.lower(from))) return false;
  const last = Math.min(hi, from + 2 + MAX_SUBJECT_WORDS);
  for (let k = from + 1; k < last && p.isWord(k) && p.outside(k); k++) {
    const cls = cueClass(p.lower(k));
    if (isSpeechClass(cls) || cls === 'belief') return k > from + 1;
  }
  return false;
}

/**
 * `The line lost money, she said, because the boats are old.`: the sentence goes on at `from`
 * after the aside's comma with a reason or a result in the speaker's own voice, which has no
 * verb of saying of its own (`, because he said ...` is read by the cue rules); a belief in it
 * is part of the reason (`, because investors thought nobody would pay`).
 */
export function reasonGoesOn(p: Phrases, from: number, hi: number): boolean {
  if (!p.isPunct(from - 1, ',') || !REASONING_CONNECTIVES.has(p.lower(from))) return false;
  const last = Math.min(hi, from + 2 + MAX_SUBJECT_WORDS);
  for (let k = from + 1; k < last && p.outside(k); k++)
    if (isSpeechClass(cueClass(p.lower(k)))) return false;
  return true;
}

/**
 * After a trailing or inverted attribution, what is left of the sentence may carry on the same
 * speaker in quote marks (`..., said the Gazette, but the mayor will "have to decide" ...`).
 */
export function carriedTail(
  site: UnitSite,
  from: number,
  speaker: Attribution,
): Attribution | null {
  const { p, unit, hi, make } = site;
  let start = from;
  // Skip an appositive after the speaker (", a lecturer at the college,").
  if (start < hi && !CONNECTIVES.has(p.lower(start))) {
    while (start < hi && !p.isPunct(start, ',;') && p.states[start] !== QuoteState.Open) start++;
    if (p.isPunct(start, ',;')) start++;
  }
  let hasQuote = false;
  for (let k = start; k < hi; k++) if (p.states[k] === QuoteState.Open) hasQuote = true;
  // `The pumps can run a week, he says, but the fuel will not last.`: the sentence resumes
  // after the aside on "and" or "but", still in the speaker's voice; after words quoted whole
  // (`"Not now," she said, and the meeting moved on.`) the writer's own narration goes on
  // ... but not into a clause that reports another speaker (`..., but Tom Bell said ...`)
  const resumes = speaker.quoteKind !== 'direct' && resumesOnConnective(p, from);
  if (resumes && reportsAfter(p, from, hi)) return null;
  if (!resumes && (!hasQuote || !unit.quoted.length)) return null;
  const carried = make(
    'continuation',
    [[start, hi]],
    resumes ? speaker.cue : null, // one cue governs both halves of the sentence
    speaker.source,
    'continuation',
    CONTINUATION_CONFIDENCE,
  );
  if (carried) carried.carries = speaker;
  return carried;
}
