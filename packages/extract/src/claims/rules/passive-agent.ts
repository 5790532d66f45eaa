import { BE_FORMS } from '../../lexicon/quote-words.js';
import { CUE_ADVERBS, DETERMINERS, NEGATING_ADVERBS } from '../../lexicon/words.js';
import { isBodyNoun } from '../../entities/data/source-words.js';
import { peopleWord } from '../../quotes/people-words.js';
import { afterOpeningComma } from '../../quotes/fronted.js';
import {
  PASSIVE_DISPUTING_PARTICIPLES,
  PASSIVE_STANCE_PARTICIPLES,
} from '../../lexicon/stance-verbs.js';
import type { Phrases } from '../../quotes/phrases.js';
import type { CueRule } from '../../quotes/rules/types.js';

export const PASSIVE_AGENT_CONFIDENCE = 0.6;

/** Adverbs between "was" and the participle, or after it, at most ("was first widely reported"). */
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
  match({ p, c, hi, floor, lower, make, open }) {
    // inside someone's reported words, the passive is part of what they said
    if (open) return null;
    const be = beBefore(p, c, floor);
    const by = adverbsAfter(p, c + 1, hi);
    if (be < 0 || p.lower(by) !== 'by') return null;
    const agentEnd = p.phraseAfter(by + 1, hi, MAX_AGENT_TOKENS);
    // ("rejected by 58 percent": a share of votes is no one who takes a stance)
    if (agentEnd <= by + 1 || p.amount(by + 1) || !namesSomeone(p, by + 1, agentEnd)) return null;
    const subject = p.phraseBefore(be - 1, floor);
    // the subject opens the sentence, or follows a phrase fronted before it ("In March, ...")
    const opens = subject === floor || afterOpeningComma(p, floor, subject) === subject;
    if (subject > be - 1 || !opens) return null;
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

/** The form of "be" before the participle at c, past a few adverbs ("was roundly"), or -1. */
function beBefore(p: Phrases, c: number, floor: number): number {
  for (let k = c - 1; k >= floor && c - k <= MAX_ADVERBS + 1; k--) {
    if (!p.isWord(k)) return -1;
    // ("was not challenged by", "wasn't": no stance was taken)
    if (BE_FORMS.has(p.lower(k))) return /n['\u2019]t$/.test(p.lower(k)) ? -1 : k;
    if (NEGATING_ADVERBS.has(p.lower(k)) || !adverbAt(p, k)) return -1;
  }
  return -1;
}

/** The token after a few adverbs from i ("reported widely by"). */
function adverbsAfter(p: Phrases, i: number, hi: number): number {
  let k = i;
  while (k < hi && k - i < MAX_ADVERBS && p.isWord(k) && adverbAt(p, k)) k++;
  return k;
}

/** "roundly", "first", "also": an adverb in -ly or one that sits by a verb of saying. */
function adverbAt(p: Phrases, k: number): boolean {
  return p.adverb(k) || CUE_ADVERBS.has(p.lower(k));
}

/**
 * The agent names someone who can take a stance: a name ("the Harbour Times", "Ann Roe"), or
 * people or a body by their noun ("residents", "the union"), not a thing ("the heat").
 */
function namesSomeone(p: Phrases, start: number, end: number): boolean {
  if (!p.isSpeaker(start, end)) return false;
  const head = p.lower(end - 1);
  const first = DETERMINERS.has(p.lower(start)) ? start + 1 : start;
  return p.cap(first) || peopleWord(head) || isBodyNoun(head);
}
