import type { Entity, Quote } from '@sourcetrace/article-model';
import { HE, SHE } from '../entities/data/source-words.js';
import { FIRST_NAME_GENDER } from '../entities/gazetteer.js';

/**
 * How sure a quote's speaker is, from how it was found: named beside the cue, a pronoun with
 * one person in reach, a description or a pronoun among several, or nobody. A quote's
 * confidence is the lower of this and its rule's own (a rule that guesses, such as
 * `after-subject`, caps it). Users filter on it, so 0.8 and above is kept for speakers that
 * are right nearly every time.
 */
export const SPEAKER_CONFIDENCE = {
  /** The speaker's name (or alias) is in the source phrase: "Ann Roe said", "said the Herald". */
  named: 0.95,
  /** A pronoun with only one person named in the stretch before it. */
  soleCandidate: 0.8,
  /**
   * A pronoun (or, for a body, "the company") for whoever spoke the quote just before, when
   * that speaker was sure or named last before it: "Ann Roe said ... "...," she added." The
   * conversation carries on: the subject of the last attribution is the likeliest referent,
   * whoever else was mentioned in between.
   */
  carriedOn: 0.8,
  /** A pronoun among several people, a description ("the rookie defenceman"), an unnamed source. */
  inferred: 0.6,
  /** No speaker found. */
  none: 0.3,
} as const;

/** The line users filter on: a speaker at or above it is right nearly every time. */
const CONFIDENT = 0.8;
/** How far back (UTF-16 code units) a pronoun's candidates are counted: a few paragraphs. */
const PRONOUN_REACH = 1000;
/** A conversation carries on when the quote before ends this close (about a paragraph) ... */
const CARRIED_QUOTE_GAP = 600;
/** ... and the speaker was the person named last before the pronoun, within a few paragraphs. */
const CARRIED_NAME_GAP = PRONOUN_REACH;

/** The gender a pronoun gives its referent: "m" for he/him/his, "f" for she/her. */
function pronounGender(word: string): string | undefined {
  if (HE.has(word)) return 'm';
  return SHE.has(word) ? 'f' : undefined;
}

/** Caps every quote's confidence by how its speaker was found. */
export function calibrateConfidence(text: string, quotes: Quote[], entities: Entity[]): Quote[] {
  // built only when a pronoun needs its rivals counted: most speakers are named in the source
  let index: MentionIndex | undefined;
  const mentions = () => (index ??= new MentionIndex(text, entities));
  const ownMentions = new OwnMentions();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const inOrder = [...quotes].sort((a, b) => a.content[0]!.start - b.content[0]!.start);
  // in text order, so that each quote sees how sure the one before it ended up
  const calibrated = new Map<Quote, Quote>();
  let previous: Quote | undefined;
  for (const quote of inOrder) {
    const speaker = quote.speakerId ? byId.get(quote.speakerId) : undefined;
    const confidence = Math.min(
      quote.confidence,
      speakerConfidence(quote, speaker, ownMentions, mentions, previous),
    );
    previous = { ...quote, confidence };
    calibrated.set(quote, previous);
  }
  return quotes.map((quote) => calibrated.get(quote)!);
}

type Mention = Entity['mentions'][number];

/** Each speaker's own mentions by start, sorted once, so a source is looked up by binary search. */
class OwnMentions {
  private readonly sorted = new Map<Entity, Mention[]>();

  /** How the entity is mentioned inside the span: "name" (or alias), "pronoun", or not at all. */
  formIn(entity: Entity, span: { start: number; end: number }): 'name' | 'pronoun' | null {
    let list = this.sorted.get(entity);
    if (!list) {
      list = [...entity.mentions].sort((a, b) => a.span.start - b.span.start);
      this.sorted.set(entity, list);
    }
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.span.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    let pronoun = false;
    for (let i = lo; i < list.length && list[i]!.span.start < span.end; i++) {
      const m = list[i]!;
      if (m.span.end > span.end) continue;
      if (m.form === 'name' || m.form === 'alias') return 'name';
      pronoun ||= m.form === 'pronoun';
    }
    return pronoun ? 'pronoun' : null;
  }
}

interface IndexedMention {
  start: number;
  end: number;
  form: Entity['mentions'][number]['form'];
  entity: Entity;
}

/**
 * Every mention naming a person (by name, not pronoun) in text order, with the genders each
 * person was referred to by. Only these can be a pronoun's rivals, so only these are sorted.
 */
class MentionIndex {
  private readonly all: IndexedMention[] = [];
  /** Filled per person on first asking: only candidates for a pronoun are ever asked about. */
  private readonly genders = new Map<Entity, Set<string>>();

  constructor(
    private readonly text: string,
    entities: Entity[],
  ) {
    for (const entity of entities) {
      if (entity.kind !== 'person') continue;
      for (const m of entity.mentions)
        if (m.form !== 'pronoun')
          this.all.push({ start: m.span.start, end: m.span.end, form: m.form, entity });
    }
    this.all.sort((a, b) => a.start - b.start);
  }

  private gendersOf(entity: Entity): Set<string> {
    let genders = this.genders.get(entity);
    if (!genders) {
      genders = new Set<string>();
      // a first name of known gender tells it before any pronoun does ("Ann Roe" is "she")
      const named = FIRST_NAME_GENDER.get(entity.name.split(' ', 1)[0]!.toLowerCase());
      if (named === 'male') genders.add('m');
      else if (named === 'female') genders.add('f');
      for (const m of entity.mentions) {
        if (m.form !== 'pronoun') continue;
        const gender = pronounGender(this.text.slice(m.span.start, m.span.end).toLowerCase());
        if (gender) genders.add(gender);
      }
      this.genders.set(entity, genders);
    }
    return genders;
  }

  /** The person's named mentions starting in [from, to), found by binary search. */
  *between(from: number, to: number): Generator<IndexedMention> {
    let lo = 0;
    let hi = this.all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.all[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.all.length && this.all[i]!.start < to; i++) yield this.all[i]!;
  }

  /** Whether two people could be the same pronoun: one of them has none yet, or they share one. */
  compatible(a: Entity, b: Entity): boolean {
    const ga = this.gendersOf(a);
    const gb = this.gendersOf(b);
    if (!ga.size || !gb.size) return true;
    return [...ga].some((g) => gb.has(g));
  }
}

function speakerConfidence(
  quote: Quote,
  speaker: Entity | undefined,
  own: OwnMentions,
  mentionIndex: () => MentionIndex,
  /** The quote just before in the text, with its confidence settled. */
  previous: Quote | undefined,
): number {
  const source = quote.source;
  if (!speaker || !source) return SPEAKER_CONFIDENCE.none;
  const form = own.formIn(speaker, source);
  if (form === 'name') return SPEAKER_CONFIDENCE.named;
  const pronoun = form === 'pronoun';
  const follows =
    previous?.speakerId === quote.speakerId &&
    quote.content[0]!.start - previous.content.at(-1)!.end < CARRIED_QUOTE_GAP;
  // a body has no rival of its gender: "the company" or "it" for the body that just spoke is it
  if (speaker.kind === 'organization' && follows && previous.confidence >= CONFIDENT)
    return SPEAKER_CONFIDENCE.carriedOn;
  if (!pronoun || speaker.kind !== 'person') return SPEAKER_CONFIDENCE.inferred;
  const mentions = mentionIndex();
  // the people named in reach who could be this pronoun, and who was named last
  const candidates = new Set<Entity>();
  let lastNamed: IndexedMention | undefined;
  for (const m of mentions.between(source.start - PRONOUN_REACH, source.start)) {
    const person = m.entity;
    if (person.kind !== 'person' || m.form === 'pronoun' || m.end > source.start) continue;
    lastNamed = m;
    if (mentions.compatible(person, speaker)) candidates.add(person);
  }
  const namedLast =
    lastNamed?.entity === speaker && source.start - lastNamed.end < CARRIED_NAME_GAP;
  if (follows && (namedLast || previous.confidence >= CONFIDENT))
    return SPEAKER_CONFIDENCE.carriedOn;
  return candidates.size === 1 && candidates.has(speaker)
    ? SPEAKER_CONFIDENCE.soleCandidate
    : SPEAKER_CONFIDENCE.inferred;
}
