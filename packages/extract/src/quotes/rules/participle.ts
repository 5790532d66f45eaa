import { CUE_FORMS, PARTICIPLE_CUES } from '../../lexicon/cues.js';
import { subjectAtStart } from '../speakers.js';
import { acceptsContent, classKind } from './shared.js';
import type { CueRule } from './types.js';

export const PARTICIPLE_CONFIDENCE = 0.7;

/** `..., saying that ...`: the participle takes the speaker of the clause it hangs on. */
export const participle: CueRule = {
  name: 'participle',
  stage: 'cue',
  triggers: new Set(CUE_FORMS),
  produces: { quote: ['direct', 'mixed', 'indirect'], claim: ['belief', 'none'] },
  confidence: PARTICIPLE_CONFIDENCE,
  match(site) {
    const { p, c, lo, hi, lower, make } = site;
    const cue = site.cue();
    if (!cue || !PARTICIPLE_CUES.has(lower) || !p.isPunct(c - 1, ',')) return null;
    const speaker = site.lastSource() ?? subjectAtStart(p, lo, c);
    const right = site.right();
    if (!speaker || right.contentStart >= hi || !p.tokens[right.contentStart]!.word) return null;
    const attribution = make(
      classKind(cue.cls),
      [[right.contentStart, hi]],
      cue.span,
      speaker,
      'participle',
      PARTICIPLE_CONFIDENCE,
    );
    if (!attribution || !acceptsContent(p, cue.cls, right, attribution)) return null;
    attribution.channel = right.channel;
    return { type: 'open', attribution, contentStart: right.contentStart, cutAt: c - 1 };
  },
};
