import { CUE_FORMS } from '../../lexicon/cues.js';
import { CLAUSE_OPENERS } from '../../lexicon/words.js';
import { subjectAtStart } from '../speakers.js';
import { acceptsContent, classKind } from './shared.js';
import type { AfterCue } from '../after-cue.js';
import type { CueRule, CueSite, Outcome } from './types.js';
import { CLAUSE_TAKING_CUES, COORDINATORS } from '../../lexicon/quote-words.js';

export const COORDINATED_CONFIDENCE = {
  /** The first verb's speaker was read by another rule. */
  sharedSpeaker: 0.7,
  /** The subject is taken from the start of the sentence. */
  sentenceSubject: 0.6,
} as const;

/**
 * A verb of saying after "and"/"but" with no subject of its own: `Ann Roe says A and said B`
 * shares the speaker of the first verb; `The union welcomed the plan but said it falls short`
 * takes the subject that opens the sentence.
 */
export const coordinated: CueRule = {
  name: 'coordinated',
  stage: 'cue',
  triggers: new Set(CUE_FORMS),
  produces: { quote: ['direct', 'mixed', 'indirect'], claim: ['none'] },
  confidence: COORDINATED_CONFIDENCE,
  match(site) {
    const cue = site.cue();
    const { p, lo } = site;
    const before = cue?.group.before ?? -1;
    if (!cue || before < lo || !COORDINATORS.has(p.lower(before))) return null;
    return site.open ? sharedSpeaker(site) : sentenceSubject(site);
  },
};

function sharedSpeaker(site: CueSite): Outcome | null {
  const { p, hi, make, open } = site;
  const cue = site.cue()!;
  if (!open?.source || cue.cls === 'belief' || cue.cls === 'stance') return null;
  const right = site.right();
  const contentStart = contentAfter(right);
  if (contentStart >= hi) return null;
  const attribution = make(
    classKind(cue.cls),
    [[contentStart, hi]],
    cue.span,
    open.source,
    'coordinated',
    COORDINATED_CONFIDENCE.sharedSpeaker,
  );
  if (!attribution || !acceptsContent(p, cue.cls, right, attribution)) return null;
  attribution.channel = right.channel;
  return { type: 'open', attribution, contentStart, cutAt: cue.group.before };
}

function sentenceSubject(site: CueSite): Outcome | null {
  const { p, lo, hi, floor, lower, make } = site;
  const cue = site.cue()!;
  const before = cue.group.before;
  if (floor !== lo || before <= lo || !CLAUSE_TAKING_CUES.has(lower)) return null;
  if (CLAUSE_OPENERS.has(p.lower(lo))) return null;
  // Only a subject read without guessing where the verb starts: names, pronouns, "The X Y".
  const subject = subjectAtStart(p, lo, before - 1);
  const right = site.right();
  const contentStart = contentAfter(right);
  if (!subject || contentStart >= hi) return null;
  const attribution = make(
    'speech',
    [[contentStart, hi]],
    cue.span,
    subject,
    'coordinated',
    COORDINATED_CONFIDENCE.sentenceSubject,
  );
  if (!attribution || !acceptsContent(p, cue.cls, right, attribution)) return null;
  attribution.channel = right.channel;
  return { type: 'open', attribution, contentStart, cutAt: null };
}

/** Where the second verb's content starts: after the cue, or the quote after its comma. */
function contentAfter(right: AfterCue): number {
  if (right.splitStart !== null) return right.splitStart; // `and said, "No way."`
  return right.ends ? Number.POSITIVE_INFINITY : right.contentStart;
}
