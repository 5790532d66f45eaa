// The attribution factory: what every rule's finding becomes, with its content trimmed, its quote
// kind and quoted words read, and the checks every finding must pass whatever rule made it.
import type { Span } from '@sourcetrace/article-model';
import { MANNER_FORMS } from '../../lexicon/cues.js';
import { DETERMINERS, PERSONAL_PRONOUNS } from '../../lexicon/words.js';
import { COORDINATORS, SUBJECT_PRONOUNS } from '../../lexicon/quote-words.js';
import { tokenAt } from '../../text/tokens.js';
import { describe, trimSpan } from '../content.js';
import type { Phrases } from '../phrases.js';
import type { Unit } from '../units.js';
import type { Attribution, MakeFn, RuleName } from './types.js';

/** The attribution factory of one unit: trimmed content, its quote kind and quoted words. */
export function attributionFactory(p: Phrases, unit: Unit): MakeFn {
  return (kind, contentTokens, cue, source, rule, confidence) => {
    const content = contentTokens
      .map(([a, b]) => trimSpan(p, a, b))
      .filter((s): s is Span => s !== null);
    if (!content.length) return null;
    const described = describe(p.text, unit.quoted, content);
    // `"Not now," she barked.`: a verb of the manner of saying reports quoted words only, and
    // none in `she laughed and said, "..."`, where the verb after "and" reports them
    if (cue && MANNER_FORMS.has(lastWord(p, cue))) {
      const joined = COORDINATORS.has(p.lower(contentTokens[0]![0]));
      if (!described.verbatim.length || joined) return null;
    }
    return {
      kind: quotesTheSource(p, kind, described.verbatim, cue, source, rule) ? 'speech' : kind,
      ...described,
      cue,
      source: source && pronounAlone(p, source),
      channel: null,
      carries: null,
      hedge: 'none',
      rule,
      confidence,
    };
  };
}

/**
 * "he's said": a pronoun source with an auxiliary written onto it is the pronoun alone (the
 * token's `bare` form, which tokenize gives without the auxiliary).
 */
function pronounAlone(p: Phrases, source: Span): Span {
  const first = tokenAt(p.tokens, source.start);
  const token = p.tokens[first];
  if (!token || token.end !== source.end || token.bare === token.lower) return source;
  if (!SUBJECT_PRONOUNS.has(token.bare)) return source;
  return { start: source.start, end: source.start + token.bare.length };
}

/** The last word of a span, lowercased: the verb of a cue group ("has scoffed"). */
function lastWord(p: Phrases, span: Span): string {
  return p.lower(tokenAt(p.tokens, span.end) - 1);
}

/**
 * `Ada Kemp called for "a full inquiry"`, `Roe wants the law "gone by spring"`: a stance or a
 * call that quotes its source's own words reports what they said, so it is a quote, not a claim.
 * Evidence that quotes ("the survey found that rents were "out of reach"") stays a claim.
 */
function quotesTheSource(
  p: Phrases,
  kind: Attribution['kind'],
  verbatim: Span[],
  cue: Span | null,
  source: Span | null,
  rule: RuleName,
): boolean {
  const call =
    kind === 'evidence' && cue !== null && CALL_CUE.test(p.text.slice(cue.start, cue.end));
  if (!(kind === 'stance' || call) || !verbatim.length || !source) return false;
  // a subject that names someone: "Ada Kemp", "she", "the union"; not "(pun intended)", "new plans"
  const first = tokenAt(p.tokens, source.start);
  const word = p.lower(first);
  const names = p.cap(first) || PERSONAL_PRONOUNS.has(word) || DETERMINERS.has(word);
  return names && contentFollowsCue(rule);
}

/** "called for", "has called on": the call a speaker makes, read as evidence otherwise. */
const CALL_CUE = /\bcall(?:s|ed|ing)?\s+(?:for|on)$/i;

/** The rules whose content follows the cue, where a stance's object is what it quotes. */
function contentFollowsCue(rule: RuleName): boolean {
  return (
    rule === 'leading' ||
    rule === 'coordinated' ||
    rule === 'participle' ||
    rule === 'relative-clause'
  );
}
