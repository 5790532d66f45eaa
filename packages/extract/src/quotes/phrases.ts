import type { Span } from '@sourcetrace/article-model';
import {
  ABBREVIATIONS,
  AMOUNT_WORDS,
  NUMBER_SIGNS,
  AFTER_AUXILIARY_ADVERBS,
  AUXILIARIES,
  CONNECTIVES,
  CUE_ADVERBS,
  DEGREE_WORDS,
  FLOATING_QUANTIFIERS,
  DETERMINERS,
  PREPOSITIONS,
  VERB_PARTICLES,
  WEEKDAYS_MONTHS,
  CALENDAR_NAMES,
} from '../lexicon/words.js';
import type { Token } from '../text/tokens.js';
import { amountAfterHedge, readPhraseBefore } from './phrase-before.js';
import type { TokenReader } from './token-reader.js';
import { isSpeakerPhrase } from './speaker-phrase.js';
import { readPhraseAfter } from './phrase-after.js';
import { timePhraseAfter, timePhraseBefore } from './time-phrases.js';
import { isPastParticiple } from '../lexicon/verb-forms.js';
import { isDictionaryWord } from '../entities/data/dictionary.js';
import { FRONTED_PARTICIPLES } from '../entities/data/source-words.js';
import { QuoteState } from './units.js';
import type { KnownNames } from '../entities/types.js';
import { APPEARANCE_VERBS } from '../lexicon/claim-words.js';
import { BE_FORMS, LY_NOUNS, TITLE_SMALL_WORDS } from '../lexicon/quote-words.js';
import { quotedAsSaying, quotedByBefore } from './quoted-as-saying.js';
import { linkGroup } from './link-verb.js';
import { isOutletPhrase } from './outlet-phrase.js';

/** A line opening with a capitalised label and a colon: "SMITH:", "MR. ROE:". */
const LINE_LABEL = /(?:^|\n)[ \t]*["\u201c]?([A-Z][A-Z.'\u2019 -]{0,40}):/g;

/** Tokens a name may run to: "Dr. Ada M. Ward". */
const MAX_NAME_TOKENS = 6;

/** Token-level reading helpers over one document: what a phrase is, where it stops. */
export class Phrases implements TokenReader {
  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly states: Uint8Array,
    /** What the entity stage already found at a span. */
    private readonly known: KnownNames,
  ) {}

  private labels?: Map<string, number>;
  private titled?: Set<string>;

  /** How many lines open with this capitalised label and a colon ("SMITH:"), counted once per text. */
  labelUses(label: string): number {
    if (!this.labels) {
      this.labels = new Map();
      for (const m of this.text.matchAll(LINE_LABEL))
        this.labels.set(m[1]!, (this.labels.get(m[1]!) ?? 0) + 1);
    }
    return this.labels.get(label) ?? 0;
  }

  /** Whether the lowercased word is written in Title case somewhere ("Smith" for "SMITH"). */
  titledWord(lower: string): boolean {
    this.readCases();
    return this.titled!.has(lower);
  }

  /** Whether the word is written in lower case somewhere: an everyday word here. */
  lowerWord(lower: string): boolean {
    this.readCases();
    return this.lowered!.has(lower);
  }

  private lowered?: Set<string>;
  private readCases(): void {
    if (this.titled) return;
    this.titled = new Set();
    this.lowered = new Set();
    for (const t of this.tokens) {
      if (!t.word) continue;
      const surface = this.text.slice(t.start, t.end);
      if (!t.cap) this.lowered.add(t.lower);
      else if (/\p{Ll}/u.test(surface)) this.titled.add(t.lower);
    }
  }

  lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }
  /** The word without a possessive or a verb glued on ("she" of "she'd"). */
  bare(i: number): string {
    return this.tokens[i]?.bare ?? '';
  }
  outside(i: number): boolean {
    return this.states[i] === QuoteState.Outside;
  }
  isWord(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.word && this.outside(i);
  }
  cap(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.word && t.cap;
  }
  span(first: number, last: number): Span {
    return { start: this.tokens[first]!.start, end: this.tokens[last - 1]!.end };
  }
  isPunct(i: number, chars: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && !t.word && this.outside(i) && chars.includes(t.lower);
  }
  /**
   * The token before the closing quote mark that ends at i: a mark written doubled (`,''`) is
   * two tokens, so the comma inside it is found by stepping back over both.
   */
  beforeCloseMark(i: number): number {
    let j = i;
    while (j > 0 && this.states[j] === QuoteState.Close) j--;
    return j;
  }
  /** The token after the first closing quote mark at or after `from`, a doubled mark passed whole; hi if none closes. */
  afterCloseMark(from: number, hi: number): number {
    let k = from;
    while (k < hi && this.states[k] !== QuoteState.Close) k++;
    while (k < hi && this.states[k] === QuoteState.Close) k++;
    return k;
  }
  /**
   * Tokens [from, to) read as a title: some words, each capitalised or a small word of titles
   * ("The Keeper of the Quay", "Heart of the Harbour").
   */
  titleWords(from: number, to: number): boolean {
    let words = 0;
    for (let k = from; k < to; k++) {
      if (!this.tokens[k]!.word) continue;
      if (!this.cap(k) && !TITLE_SMALL_WORDS.has(this.lower(k))) return false;
      words++;
    }
    return words > 0;
  }

  /** A comma ends the clause before token i, also when written inside a closing quote mark (`,"`). */
  commaBefore(i: number): boolean {
    if (this.isPunct(i - 1, ',')) return true;
    return (
      this.states[i - 1] === QuoteState.Close && this.lower(this.beforeCloseMark(i - 1)) === ','
    );
  }

  /** Skips a time phrase that starts at i ("on Monday", "last week", "Tuesday"); returns the index after it. */
  skipTimeForward(i: number, hi: number): number {
    return timePhraseAfter(this, i, hi);
  }

  /** Skips a time phrase that ends at i (inclusive), scanning left; returns the index before it. */
  skipTimeBackward(i: number, lo: number): number {
    return timePhraseBefore(this, i, lo);
  }

  /** Auxiliaries and adverbs just before a cue: returns the index before them and the cue group start. */
  cueGroupStart(
    cue: number,
    lo: number,
  ): { before: number; start: number; passive: boolean; negated: boolean } {
    let j = cue - 1;
    let start = cue;
    let passive = false;
    // "was quoted as saying", "seemed to confirm": the subject is the speaker, as with "said"
    const before = this.lower(cue - 1);
    const twoWords =
      cue - 2 >= lo &&
      (quotedAsSaying(this, cue) || (before === 'to' && APPEARANCE_VERBS.has(this.lower(cue - 2))));
    // "was quoted by state media as saying": whoever quoted comes between
    const quotedBy = !twoWords && before === 'as' ? quotedByBefore(this, cue, lo) : -1;
    if (twoWords) {
      start = cue - 2;
      j = cue - 3;
    } else if (quotedBy >= 0) {
      start = quotedBy;
      j = quotedBy - 1;
    }
    // "were more likely to say": those polled speak, as with "said" ("were" is no passive)
    const likely =
      !twoWords && cue - 2 >= lo && before === 'to' && this.lower(cue - 2) === 'likely';
    if (likely) {
      start = cue - 3 >= lo && DEGREE_WORDS.has(this.lower(cue - 3)) ? cue - 3 : cue - 2;
      if (start - 1 >= lo && APPEARANCE_VERBS.has(this.lower(start - 1))) start--; // "seemed more likely"
      j = start - 1;
    }
    let negated = false;
    // "remains hopeful that", "is not sure": the link verb and its adjective make the cue
    const link = twoWords || likely || quotedBy >= 0 ? null : linkGroup(this, cue, lo);
    if (link) [start, j, passive, negated] = [link.start, link.start - 1, link.be, link.negated];
    for (; j >= lo && this.isWord(j) && !this.auxiliaryInName(j, lo); j--) {
      // each word looked up once, however many ways the group asks about it
      const l = this.lower(j);
      const auxiliary = AUXILIARIES.has(l);
      const negation = negative(l);
      const inGroup =
        auxiliary ||
        CUE_ADVERBS.has(l) ||
        (AFTER_AUXILIARY_ADVERBS.has(l) && j > lo && AUXILIARIES.has(this.lower(j - 1))) ||
        (FLOATING_QUANTIFIERS.has(l) && this.floats(j, lo)) ||
        this.adverb(j) ||
        negation;
      if (!inGroup) break;
      negated ||= l === 'not' || l === 'never' || negation;
      if (auxiliary || negation) {
        start = j;
        if (BE_FORMS.has(l)) passive = true;
      }
    }
    // `we're told`, `I'm told`: the subject carries the form of "be" as a contraction
    if (j >= lo && this.isWord(j) && /['\u2019](?:re|m)$/.test(this.lower(j))) passive = true;
    // "is saying" is active; "was told", "is said" are passive.
    if (likely || (passive && this.lower(cue).endsWith('ing'))) passive = false;
    return { before: j, start, passive, negated };
  }

  /**
   * "Rita May", "Ada Will": a capitalised auxiliary, or a month that is also a name, after a
   * capitalised word ends a name; "Will Hardy": one the entity stage read as a first name opens one.
   */
  auxiliaryInName(j: number, lo: number): boolean {
    // the capitals first: most words asked about are in lower case, and then need no lookup
    if (!this.cap(j)) return false;
    const l = this.lower(j);
    const ambiguous = AUXILIARIES.has(l) || (WEEKDAYS_MONTHS.has(l) && !CALENDAR_NAMES.has(l));
    if (ambiguous && j > lo && this.cap(j - 1) && !this.isTime(j - 1)) return true;
    return ambiguous && this.cap(j + 1) && AUXILIARIES.has(l) && this.isName(j, j + 2);
  }

  /** A quantifier at j floats after its subject ("the wardens all said"); "Both said", '"...," both said' have none. */
  private floats(j: number, lo: number): boolean {
    const mark = this.states[j - 1] === QuoteState.Close;
    return j > lo && !mark && !this.isPunct(j - 1, ',;:') && !CONNECTIVES.has(this.lower(j - 1));
  }

  /** The noun phrase that ends at `end` (inclusive), read leftwards: see phrase-before.ts. */
  phraseBefore(end: number, lo: number, maxTokens = 14): number {
    return readPhraseBefore(this, end, lo, maxTokens);
  }

  /** Whether tokens [lo, end) are a fronted prepositional phrase: words only, opened by a capitalised preposition. */
  opensWithPreposition(lo: number, end: number): boolean {
    if (end <= lo + 1 || !this.cap(lo) || !PREPOSITIONS.has(this.lower(lo))) return false;
    for (let k = lo; k < end; k++) if (!this.isWord(k)) return false;
    return true;
  }

  /** The noun phrase that starts at i, read rightwards: see phrase-after.ts. */
  phraseAfter(i: number, hi: number, maxTokens = 10, cuesAreNouns = false): number {
    return readPhraseAfter(this, i, hi, maxTokens, cuesAreNouns);
  }

  /** A slash at n written between two capitalised words, no space around it ("CNN/ORC"). */
  slashJoins(n: number): boolean {
    const [before, slash, after] = [this.tokens[n - 1], this.tokens[n]!, this.tokens[n + 1]];
    return (
      slash.lower === '/' &&
      before?.end === slash.start &&
      after?.start === slash.end &&
      this.cap(n - 1) &&
      this.cap(n + 1)
    );
  }

  /** A time word: a day or month name, or a lowercase "week", "morning" (not "Morning" in a name). */
  isTime(i: number): boolean {
    const l = this.lower(i);
    return WEEKDAYS_MONTHS.has(l) && (!this.cap(i) || CALENDAR_NAMES.has(l));
  }

  /** A lowercase -ly word read as an adverb ("apparently thinks"), not "ally" or "family". */
  adverb(i: number): boolean {
    const l = this.lower(i);
    return l.length > 4 && l.endsWith('ly') && !this.cap(i) && !LY_NOUNS.has(l);
  }

  abbreviation(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !t.word) return false;
    return (
      ABBREVIATIONS.has(t.lower) ||
      NUMBER_SIGNS.has(t.lower) ||
      (t.end - t.start === 1 && this.cap(i)) ||
      /^\p{L}(\.\p{L})+$/u.test(t.lower)
    );
  }

  /** An amount: a number, "half", "three-quarters", "a majority". */
  amount(i: number): boolean {
    const t = this.tokens[i];
    if (!t?.word) return false;
    const first = t.lower.charCodeAt(0);
    // (an ASCII first character is a numeral only as a digit; a word without a hyphen is one part)
    if (first < 128 ? first >= 48 && first <= 57 : /^\p{N}/u.test(t.lower)) return true;
    if (!t.lower.includes('-')) return AMOUNT_WORDS.has(t.lower);
    return t.lower.split('-').every((part) => AMOUNT_WORDS.has(part));
  }

  /**
   * The first token from `from` (within `maxTokens`) where `found` holds, in what follows the
   * clause of a trailing or inverted cue: outside quote marks, before the sentence ends or a
   * colon or semicolon comes; -1 when that tail ends first.
   */
  tailMatch(from: number, hi: number, maxTokens: number, found: (k: number) => boolean): number {
    for (let k = from; k < hi && k - from <= maxTokens; k++) {
      if (found(k)) return k;
      if (!this.outside(k) || this.isPunct(k, '.;:!?')) return -1;
    }
    return -1;
  }

  /** A hedge of one or two words at i, then an amount: "about 40", "at least half". */
  hedgedAmount(i: number): boolean {
    return amountAfterHedge(this, i) >= 0;
  }

  /**
   * A capitalised participle taking a particle, a preposition or a determined object opens a
   * fronted clause ("Speaking at a rally, ...", "Reeling off plans", "Visiting the pier,
   * ..."); a gerund heading a noun phrase does not ("Polling of voters", "Voting rights
   * advocates"), nor a name in -ing ("Sterling Hayes").
   */
  participleOpener(i: number): boolean {
    const lower = this.lower(i);
    if (!this.cap(i)) return false;
    // "Asked about the vote, ...", "Pressed on the cost, ...": a past participle opens one too
    if (FRONTED_PARTICIPLES.has(lower)) return this.isWord(i + 1) && !this.cap(i + 1);
    if (lower.length < 6 || !lower.endsWith('ing') || !isDictionaryWord(lower)) return false;
    const next = this.lower(i + 1);
    return (
      this.isWord(i + 1) &&
      !this.cap(i + 1) &&
      next !== 'of' &&
      (PREPOSITIONS.has(next) ||
        DETERMINERS.has(next) ||
        VERB_PARTICLES.has(next) ||
        // "Having been ...", "Having won ...": a participle of the perfect
        AUXILIARIES.has(next) ||
        isPastParticiple(next))
    );
  }

  /** Whether tokens [first, last) read as someone who can say something. */
  isSpeaker(first: number, end: number): boolean {
    return isSpeakerPhrase(this, first, end);
  }

  /**
   * Where the capitalised words from `from` end, an abbreviation's period kept ("Dr. Ada M.
   * Ward"), within six tokens: how far a name written before or after a verb may run.
   */
  capitalisedEnd(from: number, hi: number): number {
    let k = from;
    while (k < hi && k - from < MAX_NAME_TOKENS) {
      if (this.isWord(k) && this.cap(k)) k++;
      else if (this.isPunct(k, '.') && this.abbreviation(k - 1)) k++;
      else break;
    }
    return k;
  }

  /** Whether tokens [first, last) are a person or organisation the entity stage named. */
  isName(first: number, last: number): boolean {
    return last > first && this.known.isName(this.span(first, last));
  }

  /** Whether a span looks like a news organisation: see outlet-phrase.ts. */
  isOutlet(first: number, last: number): boolean {
    return (
      last > first &&
      (this.known.isOutlet(this.span(first, last)) || isOutletPhrase(this, first, last))
    );
  }
}

/** A negated auxiliary: "didn't", "hasn’t", "cannot". */
function negative(lower: string): boolean {
  // "It neither admitted nor denied the allegations" reports nothing
  return (
    lower === 'cannot' || lower === 'neither' || lower.endsWith("n't") || lower.endsWith('n\u2019t')
  );
}
