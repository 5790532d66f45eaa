import type { Hedge, QuoteKind, Span } from '@sourcetrace/article-model';
import type { Doc } from '../document.js';
import { CUE_FORMS, cueClass, NOUN_CUES, PARTICIPLE_CUES, type CueClass } from '../lexicon/cues.js';
import {
  CLAUSE_OPENERS,
  CONNECTIVES,
  DETERMINERS,
  OBJECT_PRONOUNS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
} from '../lexicon/words.js';
import type { Quoted } from './marks.js';
import { Phrases } from './phrases.js';
import { tokenAt } from '../text/tokens.js';
import { buildUnits, QuoteState, quoteStates, type Unit } from './units.js';
import {
  afterCue,
  restIsPunct,
  skipDescription,
  splitPieces,
  CONTENT_OPENERS,
  type AfterCue,
} from './after-cue.js';
import {
  appositive,
  dashSpeaker,
  invertedSpeaker,
  leadingDash,
  namedSubject,
  readsAsVerb,
  subjectAtStart,
  transcriptLabel,
} from './speakers.js';
import {
  describe,
  firstMark,
  hasWords,
  quotedWords,
  substantialQuote,
  trimSpan,
} from './content.js';

/** Speech verbs whose object is a reported clause, so "X did this and said Y" reports Y. */
const CLAUSE_TAKING_CUES = new Set([
  ...['said', 'says', 'added', 'adds', 'told', 'tells', 'warned', 'warns'],
  ...['insisted', 'insists', 'argued', 'argues', 'noted', 'notes', 'stressed', 'stresses'],
]);

/**
 * One attributed (or quoted) statement found in the text, before it becomes a Quote or a Claim.
 * `speech` and carried-on quoted sentences become quotes; belief, evidence, "according to" and
 * passive hedges become claims.
 */
export interface Attribution {
  kind:
    | 'speech'
    | 'belief'
    | 'stance'
    | 'evidence'
    | 'according'
    | 'passive'
    | 'continuation'
    | 'unattributed';
  content: Span[];
  verbatim: Span[];
  quoteKind: QuoteKind;
  cue: Span | null;
  source: Span | null;
  channel: Span | null;
  /** For a continuation: the attribution whose speaker carries on. */
  carries: Attribution | null;
  hedge: Hedge;
  rule: string;
  confidence: number;
}

/** "add" has an everyday sense ("added value"): as a cue it needs a clause, a quote or a colon after it. */
const ADD_FORMS = new Set(['add', 'adds', 'added', 'adding']);

/** Participles after "be" that make a passive hedge ("it is understood that", "is said to"). */
const PASSIVE_HEDGES = new Map<string, Hedge>([
  ['rumoured', 'rumour'],
  ['rumored', 'rumour'],
  ['said', 'hedged'],
  ['reported', 'hedged'],
  ['alleged', 'hedged'],
  ['claimed', 'hedged'],
  ['suggested', 'hedged'],
  ['estimated', 'hedged'],
  ['believed', 'belief'],
  ['thought', 'belief'],
  ['understood', 'belief'],
  ['expected', 'belief'],
  ['feared', 'belief'],
  ['known', 'belief'],
  ['hoped', 'belief'],
  ['considered', 'belief'],
  ['disputed', 'disputed'],
  ['contested', 'disputed'],
  ['denied', 'disputed'],
]);

/** Every word that can open an attribution in the scan below: most words are none, and one lookup says so. */
const TRIGGER_WORDS = new Set([
  'according',
  ...CUE_FORMS,
  ...PASSIVE_HEDGES.keys(),
  ...NOUN_CUES.keys(),
]);

/** "It's" as one token: an expletive subject with its verb ("It's rumoured that"). */
const EXPLETIVE_BE = new Set(["it's", 'it\u2019s']);

const NOT_SOURCES = new Set([
  'plan',
  'schedule',
  'script',
  'tradition',
  'custom',
  'design',
  'form',
]);

/** Finds every attribution in the body paragraphs of the document, in text order. */
export function findAttributions(
  doc: Doc,
  knownOutlet: (span: Span) => boolean = () => false,
): Attribution[] {
  const quoted = doc.quoted;
  const states = quoteStates(doc, quoted);
  const units = buildUnits(doc, quoted);
  const p = new Phrases(doc.text, doc.tokens, states, knownOutlet);
  const found: Attribution[] = [];
  let lastSpeech: Attribution | null = null;
  let pending: Pending | null = null;
  // The named subject of the last unit when it quoted no one ("Ann Roe disagreed.").
  let subject: Span | null = null;
  // The last speaker named in this stretch of the article, and how many paragraphs ago.
  let recent: RecentSpeaker | null = null;
  let paragraphs = 0;
  let lastBlock = -1;
  for (const unit of units) {
    const blockKind = doc.blocks[unit.block]?.kind;
    if (blockKind !== 'paragraph') {
      lastSpeech = null;
      pending = null;
      subject = null;
      if (blockKind === 'heading' || blockKind === 'title') recent = null;
      continue;
    }
    const opensParagraph = unit.block !== lastBlock;
    if (opensParagraph) paragraphs++;
    lastBlock = unit.block;
    // Only a quote opening its paragraph: mid-paragraph, the sentence before may have brought
    // in someone else (`Her deputy disagreed. "..."`).
    const carrier =
      opensParagraph && recent && paragraphs - recent.paragraph <= RECENT_PARAGRAPHS
        ? recent
        : null;
    const result = attributeUnit(p, unit, lastSpeech, pending, subject, carrier?.attribution);
    const inUnit = result.found;
    pending = result.pending;
    found.push(...inUnit);
    const speech = inUnit.filter(
      (a) => a.kind === 'speech' || a.kind === 'continuation' || a.kind === 'unattributed',
    );
    lastSpeech = speech.at(-1) ?? null;
    if (lastSpeech?.kind === 'unattributed') lastSpeech = null;
    const named = speech.filter((a) => a.source).at(-1);
    if (named) recent = { attribution: named, paragraph: paragraphs };
    subject = speech.length ? null : namedSubject(p, unit);
  }
  speakerWhereQuoteEnds(found, quoted);
  return found;
}

/**
 * `"We start Monday.` ¶ `"Then we decide," Ann Roe said.`: a paragraph of a quote that runs on
 * into the next one (left open, reopened there) is said by whoever is named where it ends.
 * Read backwards, so a quote running over several paragraphs takes the speaker at its end.
 */
function speakerWhereQuoteEnds(found: Attribution[], quoted: Quoted[]): void {
  // Found once, so a long transcript of quotes costs no rescans: the few passages left open,
  // and where every passage opens (a content span starts at the mark or just after it).
  const leftOpen = quoted.filter((q) => !q.closed);
  if (leftOpen.length === 0) return;
  const openings = new Set(quoted.flatMap((q) => [q.start, q.inner.start]));
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i]!;
    const next = found[i + 1]!;
    const named = next.cue !== null || next.rule.endsWith(':runs-on');
    if (a.cue || !named || !next.source || next.quoteKind !== 'direct') continue;
    const end = a.content.at(-1)!.end;
    const runsOn = leftOpen.some((q) => q.inner.start <= end && end <= q.end);
    const reopened = openings.has(next.content[0]!.start);
    if (!runsOn || !reopened || a.source === next.source) continue;
    a.source = next.source;
    a.carries = next;
    a.kind = 'continuation';
    a.rule = `${a.quoteKind}:runs-on`;
  }
}

/**
 * The last attribution that named its speaker. A quote standing alone in the next paragraphs,
 * with no cue and nobody else named as its subject, is most likely theirs (feature writing
 * lets a speaker's words run on between sentences of description).
 */
interface RecentSpeaker {
  attribution: Attribution;
  paragraph: number;
}
/** How far back, in paragraphs, a speaker is still the one a lone quote belongs to. */
const RECENT_PARAGRAPHS = 2;

/** A speaker and cue that end their paragraph with a colon: the next paragraph is what they said. */
interface Pending {
  cue: Span;
  source: Span;
}

function attributeUnit(
  p: Phrases,
  unit: Unit,
  previous: Attribution | null,
  pending: Pending | null,
  subject: Span | null,
  recent: Attribution | undefined,
): { found: Attribution[]; pending: Pending | null } {
  const found: Attribution[] = [];
  let nextPending: Pending | null = null;
  // A wire dateline opening the sentence (`OTTAWA —`) belongs to no one.
  const lo = afterDateline(p, unit.first, unit.last);
  const hi = unit.last;
  // `floor`: the first token not yet claimed by an attribution of this unit.
  let floor = lo;
  let open: { attribution: Attribution; firstToken: number } | null = null;
  const make = (
    kind: Attribution['kind'],
    contentTokens: Array<[number, number]>,
    cue: Span | null,
    source: Span | null,
    rule: string,
    confidence: number,
  ): Attribution | null => {
    const content = contentTokens
      .map(([a, b]) => trimSpan(p, a, b))
      .filter((s): s is Span => s !== null);
    if (!content.length) return null;
    const described = describe(p.text, unit.quoted, content);
    const attribution: Attribution = {
      kind,
      ...described,
      cue,
      source,
      channel: null,
      carries: null,
      hedge: 'none',
      rule: `${described.quoteKind}:${rule}`,
      confidence,
    };
    return attribution;
  };
  /**
   * A trailing or inverted attribution ends the sentence: it replaces a leading one still open,
   * and what follows it may carry on the same speaker.
   */
  const closeSentence = (attribution: Attribution, channel: Span | null, contentEnd: number) => {
    attribution.channel = channel;
    if (open) found.splice(found.indexOf(open.attribution), 1);
    found.push(attribution);
    open = null;
    const carried = carryTail(p, unit, contentEnd, hi, attribution, make);
    if (carried) found.push(carried);
    // `"...," she said, adding that ...`: the participle rule below reads on from the comma.
    const participle = p.isPunct(contentEnd - 1, ',') && PARTICIPLE_CUES.has(p.lower(contentEnd));
    floor = participle && !carried ? contentEnd : hi;
  };

  // A closing dash names the speaker: `"We need help now." — Ana Ruiz`
  const dash = dashSpeaker(p, unit);
  if (dash > lo) {
    const attribution = make(
      'speech',
      [[lo, dash]],
      p.span(dash, dash + 1),
      p.span(dash + 1, hi),
      'dash',
      0.7,
    );
    if (attribution && attribution.verbatim.length) {
      found.push(attribution);
      return { found, pending: null };
    }
  }
  // ...or opens it, in lists of voices: `Ana Ruiz — "We need help now."`
  const lead = leadingDash(p, unit);
  if (lead > lo) {
    const attribution = make(
      'speech',
      [[lead + 1, hi]],
      p.span(lead, lead + 1),
      p.span(lo, lead),
      'dash',
      0.7,
    );
    if (attribution && attribution.quoteKind === 'direct') {
      found.push(attribution);
      return { found, pending: null };
    }
  }
  // Transcript lines: `SMITH: We will win.`
  const speakerLabel = transcriptLabel(p, unit);
  if (speakerLabel > lo) {
    const attribution = make(
      'speech',
      [[speakerLabel + 1, hi]],
      p.span(speakerLabel, speakerLabel + 1),
      p.span(p.states[lo] === QuoteState.Open ? lo + 1 : lo, speakerLabel),
      'transcript',
      0.8,
    );
    if (attribution) {
      found.push(attribution);
      floor = hi;
    }
  }

  for (let c = lo; c < hi; c++) {
    if (c < floor || !p.isWord(c)) continue;
    const lower = p.lower(c);
    if (!TRIGGER_WORDS.has(lower)) continue;
    if (lower === 'according' && p.lower(c + 1) === 'to') {
      const result = accordingTo(p, c, lo, hi, floor, make);
      if (result) {
        found.push(result.attribution);
        if (open && result.cutAt !== null) cutOpen(p, open, result.cutAt);
        floor = result.floor;
        open = null;
      }
      continue;
    }
    if (c > lo && PASSIVE_HEDGES.has(lower)) {
      const group = p.cueGroupStart(c, floor);
      const expletive =
        EXPLETIVE_BE.has(p.lower(c - 1)) || (group.passive && /^it$/.test(p.lower(group.before)));
      if (expletive || group.passive) {
        const passive = passiveHedge(p, c, group, lo, hi, make);
        if (passive) {
          found.push(passive);
          floor = hi;
        }
        if (passive || expletive || !cueClass(lower)) continue;
      }
    }
    // `the mayor's claim that ...`: a noun cue after a possessive source.
    if (NOUN_CUES.has(lower) && c > lo && /['\u2019]s?$/.test(p.lower(c - 1)) && p.isWord(c - 1)) {
      const contentStart = c + 1;
      if (p.lower(contentStart) === 'that' || p.isPunct(contentStart, ':')) {
        const sourceStart = p.phraseBefore(c - 1, floor, 8);
        if (sourceStart <= c - 1) {
          const attribution = make(
            NOUN_CUES.get(lower)!,
            [[contentStart, hi]],
            p.span(c, c + 1),
            p.span(sourceStart, c),
            'noun-cue',
            0.6,
          );
          if (attribution) {
            found.push(attribution);
            if (open) cutOpen(p, open, sourceStart);
            open = { attribution, firstToken: contentStart };
            floor = contentStart;
            continue;
          }
        }
      }
    }
    let cls = cueClass(lower);
    if (!cls) continue;
    if (p.cap(c) && c > lo) continue; // "Said" inside a name, a capitalised title word
    const group = p.cueGroupStart(c, floor);
    if (group.passive) continue; // "was told", "is asked": the subject is not the speaker
    const cueSpan: Span = { start: p.tokens[group.start]!.start, end: p.tokens[c]!.end };
    let cueEnd = c + 1;
    if (
      (lower.startsWith('point') && p.lower(c + 1) === 'out') ||
      (lower.startsWith('call') && /^(for|on)$/.test(p.lower(c + 1)))
    ) {
      cueSpan.end = p.tokens[c + 1]!.end;
      cueEnd = c + 2;
      // "called for an inquiry": a stated position, kept as a claim rather than a quote.
      if (lower.startsWith('call')) cls = 'evidence';
    }

    // ", saying that ...": the participle takes the speaker of the clause it hangs on.
    if (PARTICIPLE_CUES.has(lower) && p.isPunct(c - 1, ',')) {
      const speaker = found.filter((a) => a.source).at(-1)?.source ?? subjectAtStart(p, lo, c);
      const right = afterCue(p, c, cueEnd, hi);
      if (speaker && right.contentStart < hi && p.tokens[right.contentStart]!.word) {
        const attribution = make(
          classKind(cls),
          [[right.contentStart, hi]],
          cueSpan,
          speaker,
          'participle',
          0.7,
        );
        if (attribution && acceptsContent(p, cls, right, attribution)) {
          attribution.channel = right.channel;
          if (open) cutOpen(p, open, c - 1);
          found.push(attribution);
          open = { attribution, firstToken: right.contentStart };
          floor = right.contentStart;
          continue;
        }
      }
    }

    // `Ann Roe says A and said B`: a second verb with no subject of its own shares the speaker.
    if (
      open &&
      open.attribution.source &&
      group.before >= lo &&
      /^(and|but)$/.test(p.lower(group.before)) &&
      cls !== 'belief' &&
      cls !== 'stance'
    ) {
      const right = afterCue(p, c, cueEnd, hi);
      if (!right.ends && right.contentStart < hi) {
        const attribution = make(
          classKind(cls),
          [[right.contentStart, hi]],
          cueSpan,
          open.attribution.source,
          'coordinated',
          0.7,
        );
        if (attribution && acceptsContent(p, cls, right, attribution)) {
          attribution.channel = right.channel;
          cutOpen(p, open, group.before);
          found.push(attribution);
          open = { attribution, firstToken: right.contentStart };
          floor = right.contentStart;
          continue;
        }
      }
    }
    // `The union welcomed the plan but said it falls short`: a speech verb after "and"/"but"
    // with no subject of its own takes the subject that opens the sentence.
    if (
      !open &&
      floor === lo &&
      group.before > lo &&
      /^(and|but)$/.test(p.lower(group.before)) &&
      CLAUSE_TAKING_CUES.has(lower) &&
      !CLAUSE_OPENERS.has(p.lower(lo))
    ) {
      // Only a subject read without guessing where the verb starts: names, pronouns, "The X Y".
      const subject = subjectAtStart(p, lo, group.before - 1);
      const right = afterCue(p, c, cueEnd, hi);
      if (subject && !right.ends && right.contentStart < hi) {
        const attribution = make(
          'speech',
          [[right.contentStart, hi]],
          cueSpan,
          subject,
          'coordinated',
          0.6,
        );
        if (attribution && acceptsContent(p, cls, right, attribution)) {
          attribution.channel = right.channel;
          found.push(attribution);
          open = { attribution, firstToken: right.contentStart };
          floor = right.contentStart;
          continue;
        }
      }
    }
    let npEnd = p.skipTimeBackward(group.before, floor);
    let npStart = npEnd >= floor ? p.phraseBefore(npEnd, floor) : npEnd + 1;
    let hasSpeaker = npStart <= npEnd && p.isSpeaker(npStart, npEnd + 1);
    let sourceEnd = npEnd + 1;
    let sourceStart = npStart;

    // Inverted: `"...," said Ana Ruiz, the league's director.` / `..., said the Gazette.`
    if (
      !hasSpeaker &&
      (p.isPunct(c - 1, ',\u2014\u2013') || p.states[c - 1] === QuoteState.Close) &&
      cls !== 'belief' &&
      cls !== 'stance'
    ) {
      let speakerEnd = p.phraseAfter(cueEnd, hi);
      // `wrote Ann Roe for the Daily Star`: the outlet is the channel, not part of the name.
      let outlet: Span | null = null;
      for (let k = cueEnd + 1; k < speakerEnd - 1; k++) {
        if (p.lower(k) === 'for' && p.isOutlet(k + 1, speakerEnd)) {
          outlet = p.span(k + 1, speakerEnd);
          speakerEnd = k;
          break;
        }
      }
      // `Ann Roe, chief economist at the bank, said ...`: a named subject with an aside leads.
      const leadingAside = p.isPunct(c - 1, ',') && appositive(p, group.before, floor) !== null;
      if (!leadingAside && speakerEnd > cueEnd && invertedSpeaker(p, cueEnd, speakerEnd)) {
        // "said a professor at the university": the description belongs to an unnamed speaker.
        const described = outlet ? speakerEnd : skipDescription(p, speakerEnd, hi);
        let named = false;
        for (let k = cueEnd; k < speakerEnd; k++) named ||= p.cap(k);
        if (!named) speakerEnd = described;
        const tail = afterCue(
          p,
          speakerEnd - 1,
          outlet ? tokenAt(p.tokens, outlet.end) : described,
          hi,
        );
        tail.channel ??= outlet;
        if (tail.ends) {
          const contentEnd = p.states[c - 1] === QuoteState.Close ? c : c - 1;
          if (contentEnd - floor >= 2 && !(open && open.attribution.kind !== 'speech')) {
            const source = p.span(cueEnd, speakerEnd);
            const pieces = splitPieces(p, afterDash(p, floor, contentEnd), contentEnd, tail, hi);
            const attribution = make(
              classKind(cls === 'weak-speech' ? 'speech' : cls),
              pieces.pieces,
              cueSpan,
              source,
              'inverted',
              0.9,
            );
            if (attribution) {
              closeSentence(attribution, tail.channel, pieces.floor);
              continue;
            }
          }
        }
      }
      // `Tom Bell, who replaced Jo Kay in May, said ...` / `The chair, Ann Roe, said ...`
      const aside = appositive(p, group.before, floor);
      if (!aside) continue;
      [npStart, npEnd, sourceStart, sourceEnd] = aside;
      hasSpeaker = true;
    }
    if (!hasSpeaker || !readsAsVerb(p, c, npEnd, group.start)) continue;
    const boundary = npStart - 1;
    const atComma =
      boundary >= lo &&
      (p.isPunct(boundary, ',;\u2014\u2013-(') || p.states[boundary] === QuoteState.Close);
    // A cue inside the content of an earlier attribution, not after a connective, is nested speech
    // ("Kim said Ortiz told him ..."): only the outermost attribution is kept.
    const connective = boundary >= lo && p.isWord(boundary) && CONNECTIVES.has(p.lower(boundary));
    if (open && !connective && !p.isPunct(boundary, ';')) continue;
    if (
      !connective &&
      !atComma &&
      boundary >= lo &&
      !p.isPunct(boundary, ':') &&
      boundary >= floor &&
      !p.frontedPhrase(lo, npStart)
    )
      continue;
    const source = p.span(Math.max(sourceStart, npStart), sourceEnd);
    const right = afterCue(p, c, cueEnd, hi);

    // `Ann Roe said, "B."`, `On Monday, she added, "B."`: a quote after the comma, with nothing
    // quoted before the speaker, is what a leading cue introduces.
    const quoteAfterComma =
      right.splitStart !== null && !quotedBetween(p, floor, Math.max(floor, boundary));
    // `"I don't know," Roe said when asked ...`: a quote that closes on a comma just before the
    // speaker is what was said, whatever circumstance follows the cue.
    const quoteClosesBefore =
      p.states[boundary] === QuoteState.Close && ',?!'.includes(p.lower(boundary - 1) || '.');
    // Trailing: `"...," she said.` / `..., analyst Mia Lund told CBC.` / split `"A," she said, "B."`
    if (atComma && (right.ends || quoteClosesBefore) && boundary - floor >= 2 && !quoteAfterComma) {
      const contentEnd = p.states[boundary] === QuoteState.Close ? boundary + 1 : boundary;
      const pieces = splitPieces(p, afterDash(p, floor, contentEnd), contentEnd, right, hi);
      // `The plan, Ms. Roe often says, is the best one.`: the clause resumes after the aside.
      const resumes =
        right.opener === ',' &&
        right.splitStart === null &&
        p.states[boundary] !== QuoteState.Close;
      if (
        resumes &&
        p.isWord(right.contentStart) &&
        !CONNECTIVES.has(p.lower(right.contentStart)) &&
        !PARTICIPLE_CUES.has(p.lower(right.contentStart))
      ) {
        pieces.pieces.push([right.contentStart, hi]);
        pieces.floor = hi;
      }
      const attribution = make(
        classKind(cls === 'weak-speech' ? 'speech' : cls),
        pieces.pieces,
        cueSpan,
        source,
        'trailing',
        0.9,
      );
      if (attribution) {
        closeSentence(attribution, right.channel, pieces.floor);
        continue;
      }
    }
    // Leading: `Ann Roe says she wants ...` / `X told the Herald that "..."`
    const contentStart = quoteAfterComma ? right.splitStart! : right.contentStart;
    if (contentStart < hi && (!right.ends || quoteAfterComma)) {
      const attribution = make(
        classKind(cls),
        [[contentStart, hi]],
        cueSpan,
        source,
        'leading',
        0.85,
      );
      if (attribution && acceptsContent(p, cls, right, attribution)) {
        attribution.channel = right.channel;
        if (open)
          cutOpen(p, open, connective && p.isPunct(boundary - 1, ',') ? boundary - 1 : boundary);
        found.push(attribution);
        open = { attribution, firstToken: contentStart };
        floor = contentStart;
      }
    } else if (
      right.opener === ':' &&
      right.contentStart >= hi &&
      cls !== 'belief' &&
      cls !== 'stance'
    ) {
      nextPending = { cue: cueSpan, source };
    }
  }

  const speech = found.some((a) => a.kind === 'speech');
  if (!found.some((a) => a.kind !== 'passive') && unit.quoted.length) {
    const attribution = make('continuation', [[lo, hi]], null, null, 'continuation', 0.7);
    const colonQuote = colonLeadIn(p, lo, hi, previous);
    if (attribution && pending) {
      // `Smith said:` closing the previous paragraph introduces this one.
      const introduced = make(
        'speech',
        [[lo, hi]],
        pending.cue,
        pending.source,
        'colon-paragraph',
        0.8,
      );
      if (introduced) found.push(introduced);
    } else if (attribution && colonQuote.source) {
      // `Ann Roe put it bluntly: "..."`: the lead-in is the article's; the quote belongs to the
      // person the lead-in names, else it carries on the previous speaker.
      const quote = make(
        'speech',
        [[colonQuote.open, hi]],
        null,
        colonQuote.source,
        'colon-lead',
        0.6,
      );
      if (quote) {
        if (colonQuote.source === previous?.source) quote.carries = previous;
        found.push(quote);
      }
    } else if (attribution) {
      const words = quotedWords(p, unit);
      if (
        previous &&
        !speech &&
        (p.states[lo] === QuoteState.Open || (words.count >= 3 && !words.titleCase))
      ) {
        attribution.carries = previous;
        attribution.source = previous.source;
        found.push(attribution);
      } else if (subject && !speech && p.states[lo] === QuoteState.Open) {
        // `Ann Roe disagreed. "We never voted on it."`: a quote opening the next sentence is
        // most likely the words of the person just named (not of an earlier speaker).
        const floating = make('speech', [[lo, hi]], null, subject, 'after-subject', 0.5);
        if (floating) found.push(floating);
      } else if (
        recent &&
        !speech &&
        p.states[lo] === QuoteState.Open &&
        substantialQuote(p, unit)
      ) {
        // `... said Ann Roe. ¶ She founded the shop in 2019. ¶ "We print anything."`
        const carried = make(
          'continuation',
          [[firstMark(p, lo, hi), hi]],
          null,
          recent.source,
          'recent-speaker',
          0.5,
        );
        if (carried) {
          carried.carries = recent;
          found.push(carried);
        }
      } else if (substantialQuote(p, unit)) {
        // Without a speaker, only the quoted stretch is a quote; the lead-in stays the article's own.
        const quotedOnly = make(
          'unattributed',
          [[firstMark(p, lo, hi), hi]],
          null,
          null,
          'unattributed',
          0.4,
        );
        if (quotedOnly) Object.assign(attribution, quotedOnly);
        attribution.kind = 'unattributed';
        attribution.rule = `${attribution.quoteKind}:unattributed`;
        attribution.confidence = 0.4;
        found.push(attribution);
      }
    }
  }
  return { found, pending: nextPending };
}

/**
 * A quote after a colon that ends an unquoted lead-in (`X put it simply: "..."`): where it
 * opens, and whose it is: the lead-in's subject, else the previous speaker (null source: none).
 */
function colonLeadIn(
  p: Phrases,
  lo: number,
  hi: number,
  previous: Attribution | null,
): { open: number; source: Span | null } {
  let open = lo;
  while (open < hi && open - lo <= 15 && p.outside(open)) open++;
  if (open === lo || p.states[open] !== QuoteState.Open || !p.isPunct(open - 1, ':'))
    return { open, source: null };
  // "Then she added:", "Why not say:": a subject only after the connective, and never a question word
  let from = lo;
  while (
    from < open &&
    p.isWord(from) &&
    (CONNECTIVES.has(p.lower(from)) || p.lower(from) === 'then')
  )
    from++;
  const subject = CLAUSE_OPENERS.has(p.lower(from)) ? null : subjectAtStart(p, from, open - 1);
  return { open, source: subject ?? previous?.source ?? null };
}

/** Some token in [from, to) lies inside quote marks. */
function quotedBetween(p: Phrases, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!p.outside(i)) return true;
  return false;
}

/**
 * Where the reported words start when a dash introduces the quoted part (`The talks were held at
 * a trade fair – "an odd choice", said the Gazette.`): the narration before it is the article's.
 */
function afterDash(p: Phrases, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (p.isPunct(i, '\u2013\u2014') && p.states[i + 1] === QuoteState.Open) return i + 1;
  }
  return from;
}

/**
 * Where a sentence starts after a wire dateline (`OTTAWA —`, `ST. JOHN'S, N.L. (CP) -`): place
 * names in capitals, an optional agency in brackets, then a dash. The dateline is no one's words.
 */
function afterDateline(p: Phrases, from: number, to: number): number {
  let i = from;
  let words = 0;
  for (; i < to && i - from < 12; i++) {
    if (p.isPunct(i, '\u2013\u2014-')) break;
    if (p.isPunct(i, '(')) {
      while (i < to && i - from < 12 && !p.isPunct(i, ')')) i++;
      continue;
    }
    if (p.isWord(i)) {
      const token = p.tokens[i]!;
      const word = p.text.slice(token.start, token.end);
      if (word === word.toLowerCase() || word !== word.toUpperCase()) return from;
      words++;
    } else if (!p.isPunct(i, ",.'\u2019")) return from;
  }
  return words > 0 && p.isPunct(i, '\u2013\u2014-') && i + 1 < to ? i + 1 : from;
}

function classKind(cls: CueClass): Attribution['kind'] {
  if (cls === 'speech' || cls === 'weak-speech') return 'speech';
  return cls;
}

/** Ends an open (leading) attribution's content before token `at`. */
function cutOpen(
  p: Phrases,
  open: { attribution: Attribution; firstToken: number },
  at: number,
): void {
  const span = trimSpan(p, open.firstToken, at);
  if (!span) return;
  const first = open.attribution.content[0]!;
  open.attribution.content = [{ start: first.start, end: Math.min(span.end, first.end) }];
  open.attribution.verbatim = open.attribution.verbatim
    .filter((v) => v.start < span.end)
    .map((v) => ({ start: v.start, end: Math.min(v.end, span.end) }));
}

/**
 * After a trailing/inverted attribution, what is left of the sentence may carry on the same
 * speaker in quote marks (`..., said the Gazette, but the mayor will "have to decide" ...`).
 */
function carryTail(
  p: Phrases,
  unit: Unit,
  from: number,
  hi: number,
  speaker: Attribution,
  make: MakeFn,
): Attribution | null {
  let start = from;
  // Skip an appositive after the speaker (", a lecturer at the college,").
  if (start < hi && !CONNECTIVES.has(p.lower(start))) {
    while (start < hi && !p.isPunct(start, ',;') && p.states[start] !== QuoteState.Open) start++;
    if (p.isPunct(start, ',;')) start++;
  }
  let hasQuote = false;
  for (let k = start; k < hi; k++) if (p.states[k] === QuoteState.Open) hasQuote = true;
  if (!hasQuote) return null;
  const carried = make('continuation', [[start, hi]], null, null, 'continuation', 0.7);
  if (carried) {
    carried.carries = speaker;
    carried.source = speaker.source;
  }
  return carried && unit.quoted.length ? carried : null;
}

const REFERRING_WORDS = new Set([
  'that',
  'this',
  'it',
  'so',
  'them',
  'those',
  'these',
  'otherwise',
  'yes',
  'no',
  'nothing',
]);

/** A verb's content is acceptable for its class: weak verbs need quote marks or "that". */
function acceptsContent(
  p: Phrases,
  cls: CueClass,
  right: AfterCue,
  attribution: Attribution,
): boolean {
  const first = p.lower(right.contentStart);
  // "disputed that.", "said so.", "said no.": a word pointing back, or a bare answer, says nothing
  const only = attribution.content.length === 1 ? attribution.content[0]! : null;
  if (only && REFERRING_WORDS.has(p.text.slice(only.start, only.end).toLowerCase())) return false;
  const opensClause = CONTENT_OPENERS.has(first) || right.opener === ':';
  if (
    cls === 'speech' &&
    ADD_FORMS.has(p.lower(right.contentStart - 1)) &&
    !opensClause &&
    !attribution.verbatim.length
  ) {
    return PERSONAL_PRONOUNS.has(first) || DETERMINERS.has(first) || p.cap(right.contentStart);
  }
  if (cls === 'speech')
    return !(PREPOSITIONS.has(first) && first !== 'to') || attribution.verbatim.length > 0;
  if (cls === 'weak-speech')
    return opensClause || attribution.verbatim.length > 0 || (right.recipient && first === 'to');
  if (cls === 'evidence')
    return first === 'that' || (!PREPOSITIONS.has(first) && !OBJECT_PRONOUNS.has(first));
  // belief and stance: a clause or an infinitive, not "think about", "feel like"
  return !PREPOSITIONS.has(first) || first === 'to';
}

type MakeFn = (
  kind: Attribution['kind'],
  contentTokens: Array<[number, number]>,
  cue: Span | null,
  source: Span | null,
  rule: string,
  confidence: number,
) => Attribution | null;

/** "according to X": content after X's comma, or the clause before "according" when X ends it. */
function accordingTo(
  p: Phrases,
  c: number,
  lo: number,
  hi: number,
  floor: number,
  make: MakeFn,
): { attribution: Attribution; floor: number; cutAt: number | null } | null {
  const sourceStart = c + 2;
  let sourceEnd = p.phraseAfter(sourceStart, hi, 12);
  if (sourceEnd <= sourceStart || !p.isSpeaker(sourceStart, sourceEnd)) return null;
  sourceEnd = prepositionalTail(p, sourceEnd, hi);
  if (sourceEnd - sourceStart === 1 && NOT_SOURCES.has(p.lower(sourceStart))) return null;
  const cue = p.span(c, c + 2);
  const source = p.span(sourceStart, sourceEnd);
  // `..., according to figures released Tuesday.`: a time after the source ends the sentence
  const afterTime = p.skipTimeForward(sourceEnd, hi);
  const after = p.isPunct(afterTime, ',') ? afterTime + 1 : afterTime;
  const restWords = hasWords(p, after, hi);
  let attribution: Attribution | null;
  let cutAt: number | null = null;
  if (restWords && (c === lo || p.isPunct(c - 1, ',') || CONNECTIVES.has(p.lower(c - 1)))) {
    attribution = make('according', [[after, hi]], cue, source, 'according-to', 0.85);
    cutAt = c - 1;
  } else {
    const end = p.isPunct(c - 1, ',') ? c - 1 : c;
    attribution = make('according', [[floor, end]], cue, source, 'according-to', 0.85);
  }
  if (!attribution) return null;
  // Quoted words "according to" someone are their quote; unquoted ones stay a sourced claim.
  if (attribution.verbatim.length) attribution.kind = 'speech';
  return { attribution, floor: hi, cutAt };
}

/**
 * `according to a statement from the province, ...`: a short prepositional phrase that runs to
 * the comma or the end of the sentence still names the source. Returns where the source ends.
 */
function prepositionalTail(p: Phrases, end: number, hi: number): number {
  if (!p.isWord(end) || !PREPOSITIONS.has(p.lower(end)) || p.skipTimeForward(end, hi) > end)
    return end;
  let k = end + 1;
  while (k < hi && k - end <= 8 && p.isWord(k) && !cueClass(p.lower(k))) k++;
  const closes = k >= hi || p.isPunct(k, ',') || (p.isPunct(k, '.!?') && restIsPunct(p, k, hi));
  return closes && k > end + 1 ? k : end;
}

/** "It is rumoured that ...", "It was thought to ...", "X is said to ...": hedged claims without a source. */
function passiveHedge(
  p: Phrases,
  c: number,
  group: { before: number; start: number },
  lo: number,
  hi: number,
  make: MakeFn,
): Attribution | null {
  const hedge = PASSIVE_HEDGES.get(p.lower(c));
  if (!hedge) return null;
  const fused = EXPLETIVE_BE.has(p.lower(c - 1));
  const subject = fused ? c - 1 : group.before;
  const expletive = fused || (subject >= lo && /^it$/.test(p.lower(subject)));
  let contentStart = c + 1;
  let cueEnd = c + 1;
  if (expletive && p.lower(contentStart) === 'that') {
    cueEnd = contentStart + 1;
    contentStart = cueEnd;
  }
  if (!hasWords(p, contentStart, hi)) return null;
  if (expletive) {
    const cue = p.span(subject, cueEnd);
    const attribution = make('passive', [[contentStart, hi]], cue, null, 'passive-hedge', 0.8);
    if (attribution) attribution.hedge = hedge;
    return attribution;
  }
  if (p.lower(c + 1) !== 'to' || subject < lo) return null;
  const cue = p.span(group.start, c + 2);
  const attribution = make(
    'passive',
    [
      [lo, group.start],
      [c + 2, hi],
    ],
    cue,
    null,
    'passive-hedge',
    0.7,
  );
  if (attribution) attribution.hedge = hedge;
  return attribution;
}
