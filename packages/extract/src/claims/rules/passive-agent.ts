import { BE_FORMS } from '../../lexicon/quote-words.js';
import { afterOpeningComma } from '../../quotes/fronted.js';
import { someone } from '../../quotes/rules/shared.js';
import {
  PASSIVE_DISPUTING_PARTICIPLES,
  PASSIVE_STANCE_PARTICIPLES,
} from '../../lexicon/stance-verbs.js';
import type { Phrases } from '../../quotes/phrases.js';
import type { CueRule } from '../../quotes/rules/types.js';
import { cueAdverb } from '../../quotes/cue-adverb.js';

export const PASSIVE_AGENT_CONFIDENCE = 0.6;

/** Adverbs after the participle, at most ("reported widely by"). */
const MAX_ADVERBS = 2;
/** Tokens the agent after "by" may run to. */
const MAX_AGENT_TOKENS = 8;

/**
 * `The plan was criticised by residents.`, `The figures were disputed by the union.`, `The
 * story was first reported by the Harbour Times.`: the one named after "by" takes a stance on
 * the subject, a claim of theirs as `stance-object` reads the active form.
 */
export const passiveAgent: CueRule = {
  name: 'passive-agent',
  stage: 'cue',
  triggers: PASSIVE_STANCE_PARTICIPLES,
  produces: { claim: ['none', 'disputed'] },
  confidence: PASSIVE_AGENT_CONFIDENCE,
  match(site) {
    const { p, c, hi, floor, lower, make, open } = site;
    // inside someone's reported words, the passive is part of what they said
    if (open) return null;
    // "was roundly criticised": the group opens on its form of "be"; "was not challenged"
    // takes no stance
    const group = site.group();
    const be = group.start;
    const by = adverbsAfter(p, c + 1, hi);
    if (!BE_FORMS.has(p.lower(be)) || group.negated || p.lower(by) !== 'by') return null;
    const agentEnd = p.phraseAfter(by + 1, hi, MAX_AGENT_TOKENS);
    // ("rejected by 58 percent": a share of votes is no one who takes a stance)
    if (
      agentEnd <= by + 1 ||
      p.amount(by + 1) ||
      !p.isSpeaker(by + 1, agentEnd) ||
      !someone(p, p.span(by + 1, agentEnd))
    )
      return null;
    const subject = p.phraseBefore(group.before, floor);
    // the subject opens the sentence, or follows a phrase fronted before it ("In March, ...")
    const opens = subject === floor || afterOpeningComma(p, floor, subject) === subject;
    if (subject > group.before || !opens) return null;
    const attribution = make(
      'stance',
      [[subject, be]],
      p.span(be, by + 1),
      p.span(by + 1, agentEnd),
      'passive-agent',
      PASSIVE_AGENT_CONFIDENCE,
    );
    if (!attribution || attribution.verbatim.length) return null;
    if (PASSIVE_DISPUTING_PARTICIPLES.has(lower)) attribution.hedge = 'disputed';
    return { type: 'aside', attribution, resumeAt: agentEnd };
  },
};

/** The token after a few adverbs from i ("reported widely by"). */
function adverbsAfter(p: Phrases, i: number, hi: number): number {
  let k = i;
  while (k < hi && k - i < MAX_ADVERBS && p.isWord(k) && cueAdverb(p, k)) k++;
  return k;
}
