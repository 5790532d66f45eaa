// Where a descriptor before a role noun starts: "assistant professor", "Norland's new premier",
// "University of Eastvale economist", "Public Safety critic".
import type { Token } from '../text/tokens.js';
import { isCap, isPossessive, isSpeechVerb, type Ctx } from './name-scan.js';
import { ORG_WORDS } from './data/organizations.js';
import { DEMONYMS, GAZETTEER } from './gazetteer.js';
import { NOT_NAME_WORDS } from './data/words.js';
import { DESCRIPTOR_ADJECTIVES, DESCRIPTOR_STOPS, DETERMINER_WORDS } from './data/name-words.js';
import { isRoleNoun } from './role-words.js';
import { PORTFOLIO_FIELDS } from './data/people.js';
import { isPastTense } from '../lexicon/verb-forms.js';
import { PREPOSITIONS } from '../lexicon/words.js';

/** Scans back from a role noun over its modifiers ("assistant", "Norland's new") to where the descriptor starts. */
export function descriptorStart(ctx: Ctx, roleIndex: number): number {
  const { tokens, text } = ctx;
  let from = roleIndex;
  for (let k = roleIndex - 1; k >= 0 && roleIndex - k <= 4; k--) {
    if (ctx.initial[k + 1]) break; // never back into the previous sentence or headline
    const t = tokens[k]!;
    if (!t.word || DESCRIPTOR_STOPS.has(t.lower) || isSpeechVerb(ctx, k)) break;
    if (DETERMINER_WORDS.has(t.lower) && t.lower !== 'former') break;
    if (isPossessive(t)) {
      from = k;
      break;
    }
    // "Grade 11 student", "Local 832 president": a capitalised word before a number belongs to it
    if (isCap(text, t) && /^\p{N}/u.test(tokens[k + 1]!.lower)) {
      from = k;
      continue;
    }
    // "University of Eastvale economist": a name after "of" ends a body's name, taken whole
    // ("the arrest of Chinese executive X" is no body's name: "arrest" is in lower case)
    if (isCap(text, t) && tokens[k - 1]?.lower === 'of' && capitalWord(ctx, k - 2))
      return bodyNameStart(ctx, k - 2);
    // "Harbour Tenants' Union president", "Green Party leader": a body's name right before the
    // role, ending on a body's word, is taken whole
    const bodyWord = k === roleIndex - 1 && isCap(text, t) && ORG_WORDS.has(t.lower);
    if (bodyWord && (!ctx.initial[k] || afterPlural(ctx, k))) return bodyNameStart(ctx, k);
    if (
      isCap(text, t) &&
      !ctx.initial[k] &&
      !DEMONYMS.has(t.lower) &&
      !GAZETTEER.has(t.lower) &&
      !isRoleNoun(t.lower) &&
      !PORTFOLIO_FIELDS.has(t.lower) // "Public Safety critic"
    )
      break;
    if (NOT_NAME_WORDS.has(t.lower) && !DESCRIPTOR_ADJECTIVES.has(t.lower)) break;
    if (verbBeforeRole(ctx, k)) break;
    from = k;
  }
  return from;
}

/**
 * "The club fired coach Tom Bell", "have signed goaltender X": a verb in the past before the role
 * ends its descriptor; after an article, a preposition, a possessive or an adverb ("the retired general",
 * "newly elected mayor"), or opening the sentence, the same word describes the role.
 */
function verbBeforeRole(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (!isPastTense(t.lower) || ctx.initial[k]) return false;
  const prev = ctx.tokens[k - 1];
  if (!prev?.word) return false;
  return (
    !DETERMINER_WORDS.has(prev.lower) &&
    !PREPOSITIONS.has(prev.lower) && // "led by respected leader X"
    !isPossessive(prev) &&
    !prev.lower.endsWith('ly')
  );
}

const capitalWord = (ctx: Ctx, k: number): boolean =>
  !!ctx.tokens[k]?.word && isCap(ctx.text, ctx.tokens[k]!);

/** The first word of the capitalised name ending at k ("University", "Bank"), past no "The". */
function bodyNameStart(ctx: Ctx, k: number): number {
  let start = k;
  for (;;) {
    // "Tenants' Union": a plural possessive's apostrophe stands alone between the words
    // (read as a quote mark opening, it marks the next word as a start: stepped over here)
    if (afterPlural(ctx, start)) {
      start -= 2;
      continue;
    }
    if (!(start > 0 && capitalWord(ctx, start - 1) && !ctx.initial[start])) break;
    if (DETERMINER_WORDS.has(ctx.tokens[start - 1]!.lower)) break;
    start--;
  }
  return start;
}

const isApostrophe = (t: Token | undefined): boolean => t?.lower === "'" || t?.lower === '\u2019';

/** The word at k follows a capitalised plural's lone apostrophe ("Tenants' Union"). */
function afterPlural(ctx: Ctx, k: number): boolean {
  return isApostrophe(ctx.tokens[k - 1]) && pluralCapital(ctx, k - 2);
}

/** A capitalised plural at k, glued to the apostrophe after it ("Tenants'"). */
function pluralCapital(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return capitalWord(ctx, k) && t!.lower.endsWith('s') && ctx.tokens[k + 1]!.start === t!.end;
}
