import type { Span } from '@sourcetrace/article-model';
import type { Sentence } from '../text/sentences.js';
import { anyOfByFlags } from './patterns.js';

/**
 * Sentences inside article prose that are page furniture rather than the story: photo captions
 * ("Jane Roe, left, ... (Ann Lee / The Courier)"), video teasers ("WATCH BELOW: ..." and "Sam
 * Yu has the latest."), contributor credits ("With files from ...") and the writer's own bio
 * ("Jane Roe is a Toronto-based reporter covering housing."). Feeds often flatten them into the
 * paragraphs, so they are found sentence by sentence. A person named only there is not someone
 * the story mentions. Only short sentences are tested, so the cost stays linear.
 */

const MAX_CREDIT_SENTENCE = 400;

const NAME = String.raw`\p{Lu}[\p{L}'’.\-]+(?:\s+(?:\p{Lu}[\p{L}'’.\-]+|de|da|van|von|le|la)){1,4}`;

/**
 * Ends with a closing bracket, perhaps and a full stop, within its last 8 characters: where a
 * picture credit sits. Read backwards by character, since every sentence is tested.
 */
function closesBracket(s: string): boolean {
  const stop = Math.max(0, s.length - 8);
  let i = s.length - 1;
  while (i >= stop && isSpace(s[i]!)) i--;
  if (i >= stop && s[i] === '.') i--;
  while (i >= stop && isSpace(s[i]!)) i--;
  return i >= stop && s[i] === ')';
}

/** `\s` as a pattern reads it; ASCII (nearly every character here) without calling one. */
const isSpace = (ch: string): boolean => {
  const code = ch.charCodeAt(0);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(ch);
};

/** "left,", "right,", "centre," or "center," anywhere: found from each comma. */
function namesPosition(s: string): boolean {
  for (let comma = s.indexOf(','); comma >= 0; comma = s.indexOf(',', comma + 1)) {
    if (
      s.endsWith('left', comma) ||
      s.endsWith('right', comma) ||
      s.endsWith('centre', comma) ||
      s.endsWith('center', comma)
    )
      return true;
  }
  return false;
}

const always = () => true;

/**
 * Each kind of furniture: a cheap test that the sentence could be one (most prose fails it at
 * once), then the pattern.
 */
const CREDIT_SENTENCES: ReadonlyArray<{ could: (s: string) => boolean; pattern: RegExp }> = [
  // a photo credit closing the sentence: "(Ann Lee / The Courier)", "(Courier file photo)"
  { could: closesBracket, pattern: /\(\s*\p{Lu}[^()]{0,80}\/[^()]{1,60}\)\s*\.?\s*$/u },
  {
    could: closesBracket,
    pattern: /\(\s*[^()]{0,60}\b(?:file photo|photo|handout|courtesy)\b[^()]{0,30}\)\s*\.?\s*$/iu,
  },
  // "Ann Lee/The Courier." closing a caption
  {
    could: (s) => s.includes('/'),
    pattern: new RegExp(
      String.raw`\s${NAME}\s?\/\s?(?:The\s)?\p{Lu}[\p{L}.&]*(?:\s\p{Lu}[\p{L}.&]*){0,4}\.?\s*$`,
      'u',
    ),
  },
  // caption and teaser openers, contributor credits, teaser sign-offs and the writer's bio
  {
    could: always,
    pattern:
      /^(?:open this photo in gallery|watch(?: below| above| live| now)?\s*:|video\s*:|photos?\s*:|listen\s*:|pictured\s*:|with files from\b)/iu,
  },
  {
    could: always,
    pattern:
      /^(?:(?:this|in this|an undated) (?:file |handout )?|a (?:file|handout) )(?:photo|image|picture|photograph)\b/iu,
  },
  // a teaser sign-off ("Sam Yu has the latest") or the writer's bio ("Jane Roe is a reporter"):
  // one pattern, so that the name opening most sentences is read once, not once per kind
  {
    could: always,
    pattern: new RegExp(
      String.raw`^${NAME}\s(?:(?:has|have) (?:more|the latest|the story|details)(?=\s*(?:$|[.(:]|(?:on|from|about|in|at)\b))|is an?\s(?:[\p{L}\-]+\s){0,3}(?:reporter|writer|columnist|editor|correspondent|journalist|contributor|freelancer)\b)`,
      'u',
    ),
  },
  { could: always, pattern: new RegExp(String.raw`^as ${NAME} reports,`, 'iu') },
  // a picture credit run into its caption, which speaks in the present: "The Harbour Wire
  // Mayor Ana Ruiz speaks at a rally in Eastvale on Monday."
  {
    could: always,
    pattern: new RegExp(
      String.raw`^(?:The Canadian Press|The Associated Press|Associated Press|AP Photo|Reuters|AFP|Getty Images|Bloomberg)\s+\p{Lu}[^.]{0,200}?\s(?:(?:is|are) (?:shown|seen|pictured)|attends|speaks|arrives|waves|looks on|poses|walks|listens|stands|gestures|holds|delivers)\b`,
      'u',
    ),
  },
  {
    could: (s) => s.includes('writes'),
    pattern: new RegExp(String.raw`^${NAME},\s[^,]{1,80},\swrites (?:exclusively )?for\b`, 'u'),
  },
  // positions in a picture: "shows, from left, ...", "Jane Roe, left, and Sam Yu"; a bare
  // "left" or "right" only after a name (not a tag in speech: "It was different, right, because
  // ..."; case-sensitive, so the name's capital counts)
  {
    could: namesPosition,
    pattern:
      /,\s(?:second )?from (?:left|right),\s|\p{Lu}[\p{L}'’.-]*,\s(?:left|right|centre|center),\s/u,
  },
  {
    could: (s) => s.includes('contributed'),
    pattern: /\bcontributed (?:to )?(?:this|the) (?:story|report|article)\b/iu,
  },
];

// The kinds every sentence is tested for, joined: a sentence is read once, not once per kind.
const UNGATED = anyOfByFlags(
  CREDIT_SENTENCES.filter((kind) => kind.could === always).map((kind) => kind.pattern),
);
const GATED = CREDIT_SENTENCES.filter((kind) => kind.could !== always);

export function isCreditSentence(text: string, sentence: Span): boolean {
  if (sentence.end - sentence.start > MAX_CREDIT_SENTENCE) return false;
  const words = text.slice(sentence.start, sentence.end);
  return (
    UNGATED.some((pattern) => pattern.test(words)) ||
    GATED.some((kind) => kind.could(words) && kind.pattern.test(words))
  );
}

/** A sentence that is nothing but a bracketed picture credit: "(Lena Holt / The Harbour Gazette)". */
const BARE_CREDIT = /^\(\s*[^()]{1,100}\)\s*\.?\s*$/u;

/**
 * Which sentences are furniture: those that read as such, and the caption a bare picture credit
 * closes ("Ines Marr inspects the gates. (Lena Holt / The Harbour Gazette)").
 */
export function creditSentences(text: string, sentences: readonly Sentence[]): boolean[] {
  const credit = sentences.map((sentence) => isCreditSentence(text, sentence));
  for (let i = 1; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    if (
      credit[i] &&
      sentences[i - 1]!.block === sentence.block &&
      BARE_CREDIT.test(text.slice(sentence.start, sentence.end))
    )
      credit[i - 1] = true;
  }
  return credit;
}
