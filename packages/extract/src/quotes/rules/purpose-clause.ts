import {
  cueClass,
  inflect,
  isBaseForm,
  isSpeechClass,
  SPEECH_STRONG_FORMS,
  SPEECH_WEAK_FORMS,
} from '../../lexicon/cues.js';
import { INTENTION_NOUNS, OBJECT_CONTROL_VERBS, UNDONE_VERBS } from '../../lexicon/quote-words.js';
import { AUXILIARIES } from '../../lexicon/words.js';
import { isPastTense } from '../../lexicon/verb-forms.js';
import { tokenAt } from '../../text/tokens.js';
import type { Phrases } from '../phrases.js';
import { subjectAtStart } from '../speakers.js';
import { acceptsContent } from './shared.js';
import type { CueRule } from './types.js';

export const PURPOSE_CLAUSE_CONFIDENCE = 0.6;

const OBJECT_CONTROL_FORMS = new Set(OBJECT_CONTROL_VERBS.flatMap(inflect));
const UNDONE_FORMS = new Set(UNDONE_VERBS.flatMap(inflect));
/** How far the "to" may stand from the verb: "called Tom Bell on Thursday night to confirm". */
const MAX_PURPOSE_GAP = 10;
/** A clause of purpose takes "to" and the base form of the verb of saying. */
const SPEECH_BASE_FORMS = [...SPEECH_STRONG_FORMS, ...SPEECH_WEAK_FORMS].filter(isBaseForm);

/**
 * `Ada Kemp took to social media to say ...`, `The mayor went on radio to announce that ...`:
 * a verb of saying in a clause of purpose, after what the subject did, reports what the subject
 * said. Only after a verb in the past with something between it and "to" (`failed to say`,
 * `declined to say` report nothing said) and not after a verb whose object does the saying
 * (`invited the mayor to speak`).
 */
export const purposeClause: CueRule = {
  name: 'purpose-clause',
  stage: 'cue',
  triggers: new Set(SPEECH_BASE_FORMS),
  produces: { quote: ['direct', 'mixed', 'indirect'] },
  confidence: PURPOSE_CLAUSE_CONFIDENCE,
  match(site) {
    const { p, c, lo, hi, floor, open, make } = site;
    const cue = site.cue();
    if (!cue || open || floor !== lo || !isSpeechClass(cue.cls)) return null;
    const to = cue.group.before;
    if (cue.group.start !== c || to <= lo || p.lower(to) !== 'to' || !p.isWord(to)) return null;
    const subject = subjectAtStart(p, lo, to, true);
    if (!subject) return null;
    let verb = tokenAt(p.tokens, subject.end);
    while (verb < to && p.adverb(verb)) verb++; // "his critics hastily rushed to TV to say
    if (!pastMainVerb(p, verb) || to - verb < 2 || to - verb > MAX_PURPOSE_GAP) return null;
    if (!governedOnly(p, verb + 1, to)) return null;
    const right = site.right();
    if (right.ends || right.contentStart >= hi) return null;
    const attribution = make(
      'speech',
      [[right.contentStart, hi]],
      cue.span,
      subject,
      'purpose-clause',
      PURPOSE_CLAUSE_CONFIDENCE,
    );
    if (!attribution || !acceptsContent(p, cue.cls, right, attribution)) return null;
    attribution.channel = right.channel;
    return { type: 'open', attribution, contentStart: right.contentStart, cutAt: null };
  },
};

/**
 * A verb in the past, not after an auxiliary, not one whose object does what follows and not one
 * that leaves it undone.
 */
function pastMainVerb(p: Phrases, i: number): boolean {
  const lower = p.lower(i);
  if (!p.isWord(i) || p.cap(i) || AUXILIARIES.has(p.lower(i - 1))) return false;
  if (OBJECT_CONTROL_FORMS.has(lower) || UNDONE_FORMS.has(lower)) return false;
  // "used the meeting to announce": here a four-letter past counts too
  return isPastTense(lower) || (lower.length === 4 && lower.endsWith('ed'));
}

/**
 * Between the verb and "to" only what it governs ("to Twitter", "Tom Bell on Thursday night"):
 * no second verb (`being asked to`, `declined to`, `requiring police to`), no negation (`decided
 * not to`) and no noun of intention right before "to" (`the decision to tell`).
 */
function governedOnly(p: Phrases, from: number, to: number): boolean {
  if (INTENTION_NOUNS.has(p.lower(to - 1))) return false;
  for (let k = from; k < to; k++) {
    const lower = p.lower(k);
    if (!p.isWord(k)) continue;
    if (AUXILIARIES.has(lower) || cueClass(lower) || OBJECT_CONTROL_FORMS.has(lower)) return false;
    if (UNDONE_FORMS.has(lower) || lower === 'not' || lower === 'never') return false;
  }
  return true;
}
