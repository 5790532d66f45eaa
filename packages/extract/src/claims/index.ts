import { becomesQuote } from '../quotes/rules/types.js';
import { isClaimRule, type Claim, type Hedge } from '@sourcetrace/article-model';
import type { Doc } from '../document.js';
import type { EntityTable } from '../entities/types.js';
import type { ExtractOptions } from '../options.js';
import type { Attribution } from '../quotes/rules/types.js';
import { tokenAt, tokenEndingAfter, type Token } from '../text/tokens.js';
import { sentenceAt } from '../text/sentences.js';
import { AUXILIARIES, PREPOSITIONS, TIME_OPENERS, WEEKDAYS_MONTHS } from '../lexicon/words.js';
import { isPastTense } from '../lexicon/verb-forms.js';
import { SENTENCE_RULES } from './rules/index.js';
import type { SentenceSite } from './rules/types.js';
import { ScratchBytes } from '../scratch-bytes.js';

const CLAIM_KINDS: Partial<Record<Attribution['kind'], Hedge>> = {
  belief: 'belief',
  stance: 'none',
  evidence: 'none',
  according: 'none',
};

/**
 * Claims: attributed ones (belief, evidence, "according to", passive hedges), sentences hedged
 * by an adverb, and unless `attributedClaimsOnly` the article's own assertions: what is left of
 * each body sentence once every quote and attributed claim is taken out.
 */
export function findClaims(
  doc: Doc,
  entities: EntityTable,
  attributions: Attribution[],
  options: ExtractOptions,
): Claim[] {
  const claims: Claim[] = [];
  for (const a of attributions) {
    // A rule may set a stronger hedge than its kind's ("disputed the figures").
    const kindHedge = CLAIM_KINDS[a.kind];
    const hedge = a.kind === 'passive' || (kindHedge && a.hedge !== 'none') ? a.hedge : kindHedge;
    if (hedge === undefined) continue;
    claims.push({
      id: '',
      content: a.content,
      cue: a.cue,
      source: a.sourceWritten ?? a.source,
      sourceId: a.source ? entities.resolveSource(a.source) : null,
      hedge,
      confidence: a.confidence,
      rule: isClaimRule(a.rule) ? a.rule : undefined,
    });
  }
  // one buffer for both maps, kept from one text to the next (ScratchBytes)
  const length = doc.text.length;
  const flags = FLAGS.take(2 * length);
  const covered = cover(flags.subarray(0, length), attributions);
  coverSpeakerPhrases(covered, doc, attributions);
  // A sentence that holds a quote is someone else's statement, not the article's own.
  const inQuote = cover(
    flags.subarray(length, 2 * length),
    attributions.filter((a) => becomesQuote(a)),
  );
  for (const [index, sentence] of doc.sentences.entries()) {
    // a caption or credit in the prose is page furniture, no claim of the article's
    if (doc.blocks[sentence.block]?.kind !== 'paragraph' || doc.credits[index]) continue;
    const first = tokenAt(doc.tokens, sentence.start);
    const last = Math.max(first, tokenEndingAfter(doc.tokens, sentence.end));
    const site: SentenceSite = {
      doc,
      first,
      last,
      covered,
      options,
      quoted: () => {
        for (let i = first; i < last; i++) if (inQuote[doc.tokens[i]!.start] === 1) return true;
        return false;
      },
    };
    for (const rule of SENTENCE_RULES) {
      const claim = rule.match(site);
      if (claim) {
        claims.push(claim);
        break;
      }
    }
  }
  claims.sort((x, y) => x.content[0]!.start - y.content[0]!.start);
  claims.forEach((c, i) => (c.id = `c${i + 1}`));
  return claims;
}

/** The buffer of findClaims's two character maps (only read while it runs). */
const FLAGS = new ScratchBytes();

/**
 * Flags each character of `covered` (returned) inside some attribution's content, cue or
 * source, or between a cue and the content after it (`knows from the records that ...`: the
 * recipient and the frame belong to the reporting clause).
 */
function cover(covered: Uint8Array, attributions: Attribution[]): Uint8Array {
  for (const a of attributions) {
    for (const s of a.content) covered.fill(1, s.start, s.end);
    const first = a.content[0];
    if (a.cue)
      covered.fill(1, a.cue.start, first && first.start > a.cue.end ? first.start : a.cue.end);
    if (a.source) covered.fill(1, a.source.start, a.source.end);
    if (a.sourceWritten) covered.fill(1, a.sourceWritten.start, a.sourceWritten.end);
  }
  return covered;
}

/** Words an apposition or a fronted phrase before a speaker runs to at most. */
const MAX_OPENING_WORDS = 20;

/**
 * Flags what belongs to a reporting clause whose speaker is written before the cue, in one
 * sentence, when it would otherwise be left over as a verbless fragment of the article's own:
 * - an aside between commas after the speaker ("Critics, including the carriers' union, have
 *   questioned");
 * - an apposition opening the sentence when only a comma parts the speaker from the cue ("A
 *   spokeswoman for the board, Hana Sobotka, declined");
 * - a fronted phrase opening on a preposition, with no verb ("In an interview with the
 *   Gazette on Tuesday, the mayor said").
 * Not before a cue in -ing ("Ann Roe, the mayor, has pushed for it, arguing ..."): there the
 * words before the cue are the sentence's main clause. A clause before the speaker stays the
 * article's ("When the vote came, the mayor said", "After the council voted, ...").
 */
function coverSpeakerPhrases(covered: Uint8Array, doc: Doc, attributions: Attribution[]): void {
  const { tokens } = doc;
  for (const { cue, source } of attributions) {
    if (!cue || !source || source.end > cue.start) continue;
    const cueAt = tokenAt(tokens, cue.start);
    if (tokens[cueAt]!.lower.endsWith('ing')) continue;
    const index = sentenceAt(doc.sentences, source.start);
    if (index !== sentenceAt(doc.sentences, cue.start)) continue;
    // tokens [between, cueAt) stand between the speaker and the cue
    const between = tokenAt(tokens, source.end);
    const commaFirst = between < cueAt && tokens[between]!.lower === ',';
    const aside = commaFirst && cueAt - between > 1 && tokens[cueAt - 1]!.lower === ',';
    if (aside) covered.fill(1, source.end, cue.start);
    // ("Tomas Achter, on Wednesday defended": a time may stand between the name and the cue)
    const apposed = commaFirst && (cueAt - between === 1 || timeOnly(tokens, between + 1, cueAt));
    if (between < cueAt && !aside && !apposed) continue;
    const start = doc.sentences[index]!.start;
    const first = tokenAt(tokens, start);
    const end = tokenAt(tokens, source.start);
    if (end <= first || tokens[end - 1]!.lower !== ',') continue;
    if (apposed ? isApposition(tokens, first, end - 1) : isFrontedPhrase(tokens, first, end - 1))
      covered.fill(1, start, source.start);
  }
}

/** The words of tokens [from, to), lowercased, or null when a token of `stops` stands among them. */
function wordsUnless(tokens: readonly Token[], from: number, to: number, stops: string) {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const { lower, word } = tokens[k]!;
    if (word) words.push(lower);
    else if (stops.includes(lower)) return null;
  }
  return words;
}

/** Words of time only: "on Wednesday", "last week". */
function timeOnly(tokens: readonly Token[], from: number, to: number): boolean {
  const words = wordsUnless(tokens, from, to, ',;:');
  return !!words?.length && words.every((w) => WEEKDAYS_MONTHS.has(w) || TIME_OPENERS.has(w));
}

/** Tokens [from, to) before the comma before a name: no other comma, colon or semicolon. */
function isApposition(tokens: readonly Token[], from: number, to: number): boolean {
  const words = wordsUnless(tokens, from, to, ',;:');
  return !!words && words.length <= MAX_OPENING_WORDS;
}

/** "In a statement on Tuesday,", "At a rally in Vell, Norland,": a preposition first, no verb. */
function isFrontedPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  const words = wordsUnless(tokens, from, to, ';:');
  if (!words || words.length > MAX_OPENING_WORDS || !PREPOSITIONS.has(words[0] ?? '')) return false;
  return !words.some((word) => AUXILIARIES.has(word) || isPastTense(word));
}
