import type { Entity, EntityKind, MentionForm, Span } from '@sourcetrace/article-model';
import type { Quoted } from '../quotes/marks.js';
import { sentenceAt, type Sentence } from '../text/sentences.js';
import { readableName } from './readable-name.js';
import { EntityKeys, type EntityKey } from './keys.js';
import { MentionIndex } from './mention-index.js';
import { closesFrontedPhrase } from './apposition-clues.js';
import { FRONTED_PARTICIPLES } from './data/source-words.js';
import type { Ent, Gender, Mention } from './types.js';

const KINDS: readonly EntityKind[] = ['person', 'organization', 'location', 'other'];

/** What a new entity starts with, besides its key. */
export interface EntInit {
  kind: EntityKind;
  name: string;
  words: string[];
  anonymous?: boolean;
  plural?: boolean;
  gender?: Gender;
  descriptors?: string[];
  outlet?: boolean;
}

/** What the text tells about single words, read once by the recognizer. */
export interface WordClues {
  /** Whether a lowercased word is an everyday word here. */
  isCommon(lower: string): boolean;
  /** Whether a lowercased word is written capitalised mid-sentence here, or is a first name. */
  seenAsName(lower: string): boolean;
}

/**
 * The changes resolving a source may make. Settlement applies them to the table; a query on
 * the finished table hands the same rules a dry set that changes nothing.
 */
export interface Effects {
  /** The mention of `ent` at exactly `span`, recorded when it is new. */
  record(ent: Ent, span: Span, form: MentionForm): Mention;
  /** The entity under `key`, made from `init()` when there is none (built only then). */
  obtain(key: EntityKey, init: () => EntInit): Ent;
  /** A person the recognizer missed, made findable by surname. */
  newPerson(key: EntityKey, words: string[], gender: Gender): Ent;
  alias(ent: Ent, alias: string): void;
  /** A pronoun agreeing with an entity of unknown gender fixes it for later pronouns. */
  gender(ent: Ent, gender: Gender): void;
  speaker(m: Mention): void;
  /** A name seen as a channel ("told Harbour Weekly") is an outlet. */
  outlet(ent: Ent): void;
  /** A lone name that "he" or "she" points back to is a person ("Mulder did not hesitate"). */
  person(ent: Ent): void;
  /** A name "the firm" points back to is an organisation ("Keystone Insight published ..."). */
  body(ent: Ent): void;
}

/** Up to four words, then the comma that closes a fronted phrase. */
const PHRASE_TO_COMMA = /^(?:\s+[\p{L}'\u2019-]+){0,4},/u;

/** Up to ten words, then the comma closing a question fronted by a participle. */
const QUESTION_TO_COMMA = /^(?:\s+[\p{L}'\u2019-]+){0,10},/u;

/** A sentence opening on "For" or "To" someone: in their view. */
const VIEWPOINT_OPENING = /^(?:for|to)\s/i;

/** After a possessive: lower-case role words, a comma or none, then a capitalised name. */
const OWNED_ROLE_APPOSITION = /^['\u2019]s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,?\s*\p{Lu}/u;

/** The entities, their mentions in text order and the keys that find them, for one article. */
export class EntityStore {
  readonly ents: Ent[] = [];
  /** The entities given an id, in id order. */
  readonly identified: Ent[] = [];
  readonly keys = new EntityKeys();
  readonly index = new MentionIndex();
  readonly persons: Ent[] = [];
  readonly bySurname = new Map<string, Ent[]>();
  readonly byFirstName = new Map<string, Ent[]>();
  /** Where each person is named in full, in text order. */
  readonly fullNameStarts = new Map<Ent, number[]>();
  private readonly order = new Map<Ent, number>();
  /** Per sentence, where the first unquoted mention of each kind starts (by KINDS order). */
  private readonly firstOfKind = new Map<number, number[]>();
  private nextId = 1;
  /** Each person descriptor without its article, to the people it describes in table order. */
  private described: Map<string, Ent[]> | undefined;

  constructor(
    readonly text: string,
    readonly sentences: Sentence[],
    private readonly quoted: readonly Quoted[],
    readonly words: WordClues,
    /** The datelines opening paragraphs (`HALIFAX —`): the names in them are no antecedents. */
    readonly datelines: readonly Span[] = [],
  ) {}

  /**
   * `HALIFAX — The port authority will ..., its chief executive said`: the place a story was
   * filed from and the agency that filed it, before the dash, are no one's antecedent.
   */
  inDateline(m: Mention): boolean {
    for (const d of this.datelines) if (m.span.start >= d.start && m.span.end <= d.end) return true;
    return false;
  }

  newEnt(key: EntityKey, init: EntInit): Ent {
    const ent: Ent = {
      id: '',
      kind: init.kind,
      name: init.name,
      words: init.words,
      aliases: new Set(),
      descriptors: init.descriptors ? [...init.descriptors] : [],
      outlet: init.outlet ?? false,
      anonymous: init.anonymous ?? false,
      plural: init.plural ?? false,
      gender: init.gender ?? 'unknown',
      mentions: [],
    };
    this.order.set(ent, this.ents.length);
    this.ents.push(ent);
    this.keys.set(key, ent);
    return ent;
  }

  addMention(ent: Ent, span: Span, form: MentionForm): Mention {
    const m: Mention = { span, form, ent, quoted: this.isQuoted(span.start), speaker: false };
    ent.mentions.push(m);
    this.index.insert(m);
    // a sentence already counted keeps its count current; others are counted when first asked
    // (none is while names are merged: no sentence is looked up then)
    const counted = !m.quoted && this.firstOfKind.size > 0 && this.mayOpen(span);
    const firsts = counted ? this.firstOfKind.get(this.sentenceAt(span.start)) : undefined;
    if (firsts) {
      const k = KINDS.indexOf(ent.kind);
      if (span.start < firsts[k]!) firsts[k] = span.start;
    }
    const surface = this.text.slice(span.start, span.end);
    if (form !== 'pronoun' && form !== 'descriptor' && surface !== ent.name)
      ent.aliases.add(surface);
    return m;
  }

  /** The mention of `ent` at exactly `span`, if recorded. */
  mentionAt(ent: Ent, span: Span): Mention | undefined {
    return this.index.startingAt(span.start).find((m) => m.ent === ent && m.span.end === span.end);
  }

  ensureId(ent: Ent): string {
    if (!ent.id) {
      ent.id = `e${this.nextId++}`;
      this.identified.push(ent);
    }
    return ent.id;
  }

  /**
   * The first person in the table described by one of the descriptors (compared without their
   * article). People's descriptors are all known once names are merged: settling adds none.
   */
  personDescribedAs(wanted: readonly string[]): Ent | undefined {
    if (!this.described) {
      this.described = new Map();
      for (const e of this.ents) {
        for (const d of e.descriptors) push(this.described, withoutDeterminer(d.toLowerCase()), e);
      }
    }
    let best: Ent | undefined;
    for (const w of wanted) {
      const first = this.described.get(w)?.find((e) => e.kind === 'person');
      if (first && (!best || this.order.get(first)! < this.order.get(best)!)) best = first;
    }
    return best;
  }

  /** An entity's kind changed: the sentences it is mentioned in count their openers again. */
  changeKind(ent: Ent, kind: EntityKind): void {
    if (ent.kind === kind) return;
    ent.kind = kind;
    for (const m of ent.mentions) this.firstOfKind.delete(this.sentenceAt(m.span.start));
  }

  /** No unquoted mention of the same kind comes before `m` in its sentence. */
  isSentenceFirst(m: Mention): boolean {
    if (!this.sentences.length) return false;
    const s = this.sentenceAt(m.span.start);
    const firsts = this.firstOfKind.get(s) ?? this.countOpeners(s);
    return firsts[KINDS.indexOf(m.ent.kind)]! >= m.span.start;
  }

  sentenceAt(offset: number): number {
    return sentenceAt(this.sentences, offset);
  }

  private lowered: string | undefined;
  /**
   * The text between two offsets in lower case, for plain case-blind searches: the whole text is
   * lowercased once per article, where a case-blind pattern would fold every character it reads
   * (a text whose lowercase changes length is sliced, then lowercased).
   */
  lowerSlice(start: number, end: number): string {
    this.lowered ??= this.text.toLowerCase();
    return this.lowered.length === this.text.length
      ? this.lowered.slice(start, end)
      : this.text.slice(start, end).toLowerCase();
  }

  /** "the" comes just before `offset` ("the Hawks", "The Kowals"). */
  afterThe(offset: number): boolean {
    return /\bthe\s+$/i.test(this.text.slice(Math.max(0, offset - 4), offset));
  }

  /** Where the sentence `back` sentences before the one holding `offset` starts. */
  sentenceStartBack(offset: number, back: number): number {
    return this.sentences[Math.max(0, this.sentenceAt(offset) - back)]?.start ?? 0;
  }

  private countOpeners(s: number): number[] {
    const firsts = KINDS.map(() => Infinity);
    const start = this.sentences[s]?.start ?? 0;
    const end = this.sentences[s + 1]?.start ?? Infinity;
    this.index.eachFrom(start, (m) => {
      if (m.span.start >= end) return true;
      const k = KINDS.indexOf(m.ent.kind);
      if (!m.quoted && firsts[k] === Infinity && this.mayOpen(m.span)) firsts[k] = m.span.start;
    });
    this.firstOfKind.set(s, firsts);
    return firsts;
  }

  /**
   * A mention may be the first of its kind in its sentence, the one it is about: not an owner
   * ("Obi's neighbour Sven Lind"), nor a name closing a phrase fronted before the main clause
   * ("In an interview with Loma Weekly, Ada Kemp said ...").
   */
  private mayOpen(span: Span): boolean {
    if (this.isOwner(span)) return false;
    // a comma right after, or after a few words of the phrase ("Asked whether he blamed Ivo
    // Marr for the defeat, Ada Kemp paused.")
    // ("Asked by Ann Cole whether the car was red, Mia Stone nodded": after a participle a
    // question may run longer; the sentence's opener is read only then)
    const shortPhrase = PHRASE_TO_COMMA.test(this.text.slice(span.end, span.end + 40));
    if (!shortPhrase && !QUESTION_TO_COMMA.test(this.text.slice(span.end, span.end + 80)))
      return true;
    const start = this.sentences[this.sentenceAt(span.start)]?.start ?? 0;
    if (!shortPhrase && !this.opensOnParticiple(start)) return true;
    // ("For Ada Kemp, the choice was easy": the one whose view the sentence gives stays first)
    if (VIEWPOINT_OPENING.test(this.text.slice(start, start + 4))) return true;
    return !closesFrontedPhrase(this.text, start, span.start);
  }

  /** The sentence at `start` opens on who was asked: "Asked by ...", "Pressed on ...". */
  private opensOnParticiple(start: number): boolean {
    const opener = /^\p{L}+/u.exec(this.text.slice(start, start + 12))?.[0] ?? '';
    return FRONTED_PARTICIPLES.has(opener.toLowerCase());
  }

  /**
   * "Tolliver's deputy leader, Ann Roe, said", "Obi's neighbour Sven Lind refused": a name in the
   * possessive before a role and the name in apposition to it owns the subject, and is not it.
   */
  private isOwner(span: Span): boolean {
    const next = this.text.charCodeAt(span.end);
    if (next !== 39 && next !== 0x2019) return false; // ' or ’
    return OWNED_ROLE_APPOSITION.test(this.text.slice(span.end, span.end + 60));
  }

  isQuoted(offset: number): boolean {
    const spans = this.quoted;
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = spans[mid]!;
      if (offset < span.start) hi = mid - 1;
      else if (offset >= span.end) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** Changes applied to this store. */
  live(): Effects {
    return {
      record: (ent, span, form) => this.mentionAt(ent, span) ?? this.addMention(ent, span, form),
      obtain: (key, init) => this.keys.get(key) ?? this.newEnt(key, init()),
      newPerson: (key, words, gender) => {
        const ent = this.newEnt(key, { kind: 'person', name: words.join(' '), words, gender });
        this.persons.push(ent);
        push(this.bySurname, words[words.length - 1]!.toLowerCase(), ent);
        return ent;
      },
      alias: (ent, alias) => ent.aliases.add(alias),
      gender: (ent, gender) => (ent.gender = gender),
      speaker: (m) => (m.speaker = true),
      outlet: (ent) => {
        this.changeKind(ent, 'organization');
        ent.outlet = true;
      },
      person: (ent) => {
        if (ent.kind === 'person') return;
        this.changeKind(ent, 'person');
        this.persons.push(ent);
        push(this.bySurname, ent.words[ent.words.length - 1]!.toLowerCase(), ent);
      },
      body: (ent) => this.changeKind(ent, 'organization'),
    };
  }
}

/** Changes that go nowhere: resolving a span on a finished table only reads it. */
export function dryEffects(store: EntityStore): Effects {
  const detached = (init: EntInit): Ent => ({
    id: '',
    kind: init.kind,
    name: init.name,
    words: init.words,
    aliases: new Set(),
    descriptors: [],
    outlet: false,
    anonymous: false,
    plural: false,
    gender: init.gender ?? 'unknown',
    mentions: [],
  });
  return {
    record: (ent, span, form) =>
      store.mentionAt(ent, span) ?? { span, form, ent, quoted: false, speaker: false },
    obtain: (key, init) => store.keys.get(key) ?? detached(init()),
    newPerson: (_key, words, gender) =>
      detached({ kind: 'person', name: words.join(' '), words, gender }),
    alias: () => {},
    gender: () => {},
    speaker: () => {},
    outlet: () => {},
    person: () => {},
    body: () => {},
  };
}

export function toEntity(ent: Ent): Entity {
  const mentions = [...ent.mentions]
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    .map((m) => ({ span: { ...m.span }, form: m.form }));
  // (a name found only in capitals reads in title case; as written, it is an alias)
  const name = readableName(ent.name, ent.kind);
  const entity: Entity = {
    id: ent.id,
    kind: ent.kind,
    name,
    aliases: [...new Set([...ent.aliases, ent.name])].filter((a) => a !== name),
    mentions,
    descriptors: [...ent.descriptors],
  };
  if (ent.outlet) entity.outlet = true;
  if (ent.anonymous) entity.anonymous = true;
  return entity;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "the mayor's lawyer" -> "mayor's lawyer": descriptors compared without their article. */
export function withoutDeterminer(description: string): string {
  return description.replace(/^(?:the|a|an)\s+/, '');
}
