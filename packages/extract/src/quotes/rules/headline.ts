import { cueClass, NAMING_FORMS } from '../../lexicon/cues.js';
import { QuoteState } from '../units.js';
import {
  HEADLINE_ADDRESS_LINKS,
  HEADLINE_LABELS,
  INTERVIEW_NOUNS,
} from '../../lexicon/quote-words.js';
import { peopleWord } from '../people-words.js';
import { ARTIFACT_NOUNS, isBodyNoun } from '../../entities/data/source-words.js';
import {
  DETERMINERS,
  FRAMING_SUBORDINATORS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  WH_WORDS,
} from '../../lexicon/words.js';
import { isDictionaryPhrase, isDictionaryWord } from '../../entities/data/dictionary.js';
import { NAME_PARTICLES } from '../../entities/data/words.js';
import { endsWithApostropheS } from '../../entities/name-scan.js';
import type { Phrases } from '../phrases.js';
import { transcriptLabel } from '../labels.js';
import type { Span } from '@sourcetrace/article-model';
import type { Attribution, HeadlineRule } from './types.js';
import { isRoleNoun } from '../../entities/role-words.js';

export const HEADLINE_CONFIDENCE = { colon: 0.7, trailing: 0.8, leading: 0.8 } as const;

/** A headline's speaker is a short name: one to five capitalised words. */
const MAX_SOURCE_WORDS = 5;

/**
 * The article's headline names who speaks, as headlines do: `Ruiz: Ferry Fares Won't Rise`
 * (a name and a colon), `Clean Energy Deal Is Close, Ana Ruiz Says` (a trailing cue in
 * Title Case) or `Ana Ruiz Says Fares Will Not Rise` (a leading one). Tried only on the first
 * line of the article.
 */
export const headline: HeadlineRule = {
  name: 'headline',
  stage: 'headline',
  produces: { quote: ['direct', 'mixed', 'indirect'] },
  confidence: HEADLINE_CONFIDENCE,
  match({ p, unit, lo, hi, make }) {
    /** The headline's words [from, to) said by the name [sourceFrom, sourceTo), cued at `cue`. */
    const said = (
      from: number,
      to: number,
      cue: number,
      sourceFrom: number,
      sourceTo: number,
      confidence: number,
    ) =>
      make(
        'speech',
        [[from, to]],
        p.span(cue, cue + 1),
        p.span(sourceFrom, sourceTo),
        'headline',
        confidence,
      );
    const quoted = quoteBeforeColon(p, lo, hi);
    if (quoted) {
      const { colon, sourceStart, sourceEnd } = quoted;
      const attribution = said(lo, colon, colon, sourceStart, sourceEnd, HEADLINE_CONFIDENCE.colon);
      if (attribution) return { type: 'end-unit', attribution };
    }
    // `SMITH: ...` opening a transcript is the transcript rule's
    const named = transcriptLabel(p, unit) > lo ? null : colonAfterName(p, lo, hi);
    if (named) {
      const { colon, sourceEnd } = named;
      const attribution = said(colon + 1, hi, colon, lo, sourceEnd, HEADLINE_CONFIDENCE.colon);
      if (attribution) return { type: 'end-unit', attribution };
    }
    const cue = titleCaseCue(p, lo, hi);
    if (cue) {
      const { comma, verb } = cue;
      const attribution = said(lo, comma, verb, comma + 1, verb, HEADLINE_CONFIDENCE.trailing);
      if (attribution) return { type: 'end-unit', attribution };
    }
    const lead = leadingTitleCue(p, lo, hi);
    if (lead > lo) {
      const attribution = said(lead + 1, hi, lead, lo, lead, HEADLINE_CONFIDENCE.leading);
      if (attribution) return { type: 'end-unit', attribution };
    }
    return null;
  },
};

/**
 * `'We will not back down': Vell premier defends levy`: a quote opening the line, a colon, and
 * the speaker as the subject of the rest, a short name or a role (`Harbour chief`) before its
 * verb. Returns the colon, right after the quote's closing mark, and where the speaker ends.
 */
function quoteBeforeColon(
  p: Phrases,
  lo: number,
  hi: number,
): { colon: number; sourceStart: number; sourceEnd: number } | null {
  if (p.states[lo] !== QuoteState.Open) return null;
  const colon = p.afterCloseMark(lo, hi);
  if (!p.isPunct(colon, ':')) return null;
  const guest = interviewed(p, colon + 1, hi);
  if (guest) return { colon, ...guest };
  let end = colon + 1;
  while (end < hi && end - colon <= MAX_SOURCE_WORDS && speakerWord(p, end)) end++;
  // the speaker is the subject of words that go on, and ends on a name or a role
  const named = end > colon + 1 && end < hi - 1 && p.isWord(end);
  return named && (isRoleNoun(p.lower(end - 1)) || p.cap(end - 1))
    ? { colon, sourceStart: colon + 1, sourceEnd: end }
    : null;
}

/**
 * `'The sea keeps its own calendar': a conversation with biologist Ngozi Okonkwo`: after the
 * colon, an interview with someone, whose role and name close the line, is whose words they are.
 */
function interviewed(
  p: Phrases,
  from: number,
  hi: number,
): { sourceStart: number; sourceEnd: number } | null {
  let k = DETERMINERS.has(p.lower(from)) ? from + 1 : from;
  if (!INTERVIEW_NOUNS.has(p.lower(k)) || p.lower(k + 1) !== 'with') return null;
  k += 2;
  let end = k;
  while (end < hi && end - k < MAX_SOURCE_WORDS && speakerWord(p, end)) end++;
  // the line ends with the guest's name (a full stop at most after it)
  const closes = end >= hi || (end === hi - 1 && p.isPunct(end, '.'));
  return end > k && p.cap(end - 1) && closes ? { sourceStart: k, sourceEnd: end } : null;
}

/** A word of a headline's speaker: a capitalised word no dictionary holds, or a role noun. */
function speakerWord(p: Phrases, i: number): boolean {
  if (!p.isWord(i)) return false;
  const lower = p.lower(i);
  return isRoleNoun(lower) || (p.cap(i) && !isDictionaryWord(lower));
}

/** `Ana Ruiz Says Fares Will Not Rise`: a short name, then a capitalised verb of saying; else -1. */
function leadingTitleCue(p: Phrases, lo: number, hi: number): number {
  const first = p.lower(lo);
  if (!p.isWord(lo) || HEADLINE_LABELS.has(first) || WH_WORDS.has(first)) return -1;
  let k = lo;
  // "Ivo Marr Defends Himself Against Critics ...": another verb first is no name
  while (k < hi && k - lo < MAX_SOURCE_WORDS && nameWord(p, k) && !cueClass(p.lower(k))) k++;
  const content = p.lower(k + 1);
  const cue = saysInTitle(p, k) || namesInTitle(p, k, hi);
  return k > lo && cue && k + 1 < hi && p.cap(k + 1) && !cueClass(content) ? k : -1;
}

/** `Ana Ruiz Calls the Levy 'Theft'`: a capitalised verb of naming with a quoted label after it. */
function namesInTitle(p: Phrases, i: number, hi: number): boolean {
  if (!p.cap(i) || !p.lower(i).endsWith('s') || !NAMING_FORMS.has(p.lower(i))) return false;
  for (let k = i + 1; k < hi; k++) if (p.states[k] === QuoteState.Open) return true;
  return false;
}

/** A capitalised verb of saying in the present, as headlines write it ("Says", "Tells"). */
function saysInTitle(p: Phrases, i: number): boolean {
  const l = p.lower(i);
  return p.cap(i) && l.endsWith('s') && cueClass(l) === 'speech';
}

/** Whether the word at i can be part of a name in a headline ("Ada Kemp", "NY Post", "al-Nouri"). */
function nameWord(p: Phrases, i: number): boolean {
  return p.cap(i) || NAME_PARTICLES.has(p.lower(i)) || p.isPunct(i, '.');
}

/** Words the addressee or place after the name may take: `Ruiz to Pilots at Harbour Meeting:`. */
const MAX_ADDRESS_WORDS = 6;

/**
 * The colon after a short name or role opening the line (`Ruiz: ...`, `Harbour chief: ...`),
 * perhaps with whom it was said to or where (`Ruiz to pilots: ...`), and where the name ends.
 */
function colonAfterName(
  p: Phrases,
  lo: number,
  hi: number,
): { colon: number; sourceEnd: number } | null {
  const first = p.lower(lo);
  if (!p.isWord(lo) || !p.cap(lo) || HEADLINE_LABELS.has(first)) return null;
  if (DETERMINERS.has(first) || PERSONAL_PRONOUNS.has(first) || WH_WORDS.has(first)) return null;
  const words: string[] = [];
  let sourceEnd = -1;
  for (let k = lo; k < hi && k - lo <= MAX_SOURCE_WORDS + MAX_ADDRESS_WORDS; k++) {
    if (p.isPunct(k, ':')) {
      // "Trouble Under Water:", "Back to School:": common words are a phrase, no name, unless
      // a role ends them ("Harbour chief:")
      const role = isRoleNoun(words[words.length - 1]!);
      const phrase = (words.length > 1 || sourceEnd > 0) && isDictionaryPhrase(words) && !role;
      // "Friday's Harbour Briefing:", "Good News For Harbour Rail:": an owner or a preposition
      // inside makes a thing of the words, unless a role ends them ("Roe's lawyer:")
      const thing = !role && words.some((w) => endsWithApostropheS(w) || linksThing(w));
      // "Hockey:", "Weather:": a common word alone is a section's label, unless it names a
      // source ("Poll:", "Insiders:") or the article names someone so ("Bell:" for a Tom Bell)
      const label =
        words.length === 1 &&
        isDictionaryWord(words[0]!) &&
        !p.isName(lo, k) &&
        !sourceNoun(words[0]!);
      if (!words.length || hi - k <= 2 || phrase || thing || label) return null;
      return { colon: k, sourceEnd: sourceEnd > 0 ? sourceEnd : k };
    }
    if (sourceEnd > 0) continue;
    if (words.length && HEADLINE_ADDRESS_LINKS.has(p.lower(k))) sourceEnd = k;
    else if (!nameWord(p, k) && !(words.length && isRoleNoun(p.lower(k)))) return null;
    else if (p.isWord(k) && words.push(p.lower(k)) > MAX_SOURCE_WORDS) return null;
  }
  return null;
}

/**
 * A noun for a source of words: a writing ("poll", "report"), a body ("newspaper") or people
 * ("insiders", "experts").
 */
function sourceNoun(word: string): boolean {
  return ARTIFACT_NOUNS.has(word) || isBodyNoun(word) || peopleWord(word);
}

/** A preposition inside a headline's opening words other than the "of" of titles and bodies. */
function linksThing(word: string): boolean {
  return PREPOSITIONS.has(word) && word !== 'of';
}

/**
 * `..., Ana Ruiz Says.`: the comma and the capitalised verb of saying closing the line; in
 * sentence case (`..., Ana Ruiz says`) the verb is in lower case, ends the line with no stop,
 * and may follow a pronoun (`The pier comes first, she says`, a section heading whose speaker
 * the article has named).
 */
function titleCaseCue(p: Phrases, lo: number, hi: number): { comma: number; verb: number } | null {
  let verb = hi - 1;
  while (verb > lo && !p.isWord(verb)) verb--;
  if (cueClass(p.lower(verb)) !== 'speech') return null;
  // a line ending on a period is a sentence of prose (`..., she said.`), not a heading
  if (!p.cap(verb) && verb !== hi - 1) return null;
  if (!p.cap(verb) && PERSONAL_PRONOUNS.has(p.lower(verb - 1)) && verb - 2 > lo)
    return p.isPunct(verb - 2, ',') ? { comma: verb - 2, verb } : null;
  let k = verb - 1;
  while (k > lo && verb - k <= MAX_SOURCE_WORDS && p.isWord(k) && nameWord(p, k)) k--;
  if (k === verb - 1 || k <= lo || !p.isPunct(k, ',')) return null;
  // in sentence case, every word of the name is capitalised ("Eastvale Mobile says")
  if (!p.cap(verb) && !allCapitalised(p, k + 1, verb)) return null;
  return { comma: k, verb };
}

function allCapitalised(p: Phrases, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (p.isWord(k) && !p.cap(k)) return false;
  return true;
}

/**
 * Of a title line read as prose, the words its speaker is quoted saying: `Ana Ruiz Calls the
 * Plan 'Shameful'`, `Tom Bell Praises His Rival: 'A Fine Mayor'`. A headline's verb with no
 * quote marks reports too loosely to be kept (`Ruiz Blasts Plan`).
 */
export function quotedInHeadline(p: Phrases, found: readonly Attribution[]): Attribution[] {
  return found.filter(
    (a) =>
      a.kind === 'speech' &&
      a.source !== null &&
      a.verbatim.length > 0 &&
      !passiveInHeadline(p.text, a.source, a.cue),
  );
}

/**
 * `Man Charged After Stabbing: 'He Was a Gentle Soul'`: a headline drops the "was" of a
 * passive, and a common noun then a participle and a preposition is what was done to someone,
 * never what they said.
 */
function passiveInHeadline(text: string, source: Span, cue: Span | null): boolean {
  if (!cue) return false;
  const subject = text.slice(source.start, source.end);
  const words = /^(\p{L}+)\s+(\p{L}+ed)\s+(\p{L}+)\b/u.exec(text.slice(source.start, cue.end + 12));
  if (!words || words[1] !== subject) return false;
  const preposition = words[3]!.toLowerCase();
  const after = PREPOSITIONS.has(preposition) || FRAMING_SUBORDINATORS.has(preposition);
  return after && isDictionaryWord(subject.toLowerCase());
}
