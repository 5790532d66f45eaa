// The claim rules read sentence by sentence once every attribution is known, in the order
// they are tried (the first that finds a claim in a sentence wins). The attribution rules that
// also make claims (according-to, passive-hedge, noun-cue) are listed in quotes/rules/index.ts.
import { adverbHedge } from './adverb-hedge.js';
import { appearanceHedge } from './appearance-hedge.js';
import { ownAssertion } from './own-assertion.js';
import type { ClaimSentenceRule } from './types.js';

export const SENTENCE_RULES: readonly ClaimSentenceRule[] = [
  adverbHedge,
  appearanceHedge,
  ownAssertion,
];
