import type { Block, Entity, EntityKind, MentionForm, Span } from '@sourcetrace/article-model';
import type { Sentence } from '../text/sentences.js';
import { tokenize, type Token } from '../text/tokens.js';
import {
  DEMONYMS,
  FIRST_NAME_GENDER,
  GAZETTEER,
  matchesCase,
  type GazetteerEntry,
} from './gazetteer.js';
import { isTitleWord, recognize, type Candidate } from './recognize.js';
import { findQuoted, insideAny } from './quoted.js';
import {
  BODY_NOUNS,
  FIRM_NOUNS,
  GOVERNMENT_NOUNS,
  ORG_WORDS,
  PUBLIC_BODY_WORDS,
} from './data/organizations.js';
import { PEOPLE_PLURALS, ROLE_GENDER, ROLE_NOUNS, type Gender } from './data/people.js';
import { AMBIGUOUS_SEATS } from './data/places.js';
import { LEADING_DETERMINERS } from './data/words.js';
import type { EntityTable } from './types.js';

/** An entity while the table is being built. */
interface Ent {
  id: string;
  kind: EntityKind;
  name: string;
  /** Words of the fullest name, for surname and first-name merging. */
  words: string[];
  aliases: Set<string>;
  descriptors: string[];
  outlet: boolean;
  anonymous: boolean;
  plural: boolean;
  gender: Gender;
  mentions: Mention[];
}

interface Mention {
  span: Span;
  form: MentionForm;
  ent: Ent;
  /** Inside quoted words: not an antecedent for a pronoun outside them. */
  quoted: boolean;
  /** Resolved as the source of a quote or claim: the likeliest antecedent of a later pronoun. */
  speaker: boolean;
}

const FIRST_SECOND_PERSON = new Set([
  'i',
  'we',
  'me',
  'us',
  'you',
  'my',
  'our',
  'myself',
  'ourselves',
]);
const HE = new Set(['he', 'him', 'his', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);
const IT = new Set(['it', 'its', 'itself']);
const THEY = new Set(['they', 'them', 'their', 'themselves']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its']);

/** "the mayor's lawyer" -> "mayor's lawyer": descriptors compared without their article. */
function withoutDeterminer(description: string): string {
  return description.replace(/^(?:the|a|an)\s+/, '');
}
const RELATIVE = new Set(['who', 'which', 'whom']);
/** Words that end the head of a source phrase: what follows only describes it. */
const HEAD_ENDERS = new Set([
  ',',
  '(',
  ';',
  ':',
  'who',
  'which',
  'that',
  'of',
  'for',
  'at',
  'with',
  'from',
  'in',
  'on',
  'to',
  'including',
  'familiar',
  'close',
  'speaking',
  'based',
  'working',
  'involved',
  'who',
  'and',
]);
/** Things made by a source: "a Bloomberg poll" is Bloomberg's. */
const ARTIFACT_NOUNS = new Set([
  'report',
  'reports',
  'study',
  'studies',
  'poll',
  'polls',
  'survey',
  'analysis',
  'investigation',
  'data',
  'figures',
  'statement',
  'release',
  'documents',
  'document',
  'filing',
  'filings',
  'research',
  'review',
  'audit',
  'memo',
  'letter',
  'records',
  'estimates',
  'projections',
  'forecast',
  'numbers',
  'statistics',
]);
/** How far back, in mentions, a pronoun or a definite description looks for its antecedent. */
const LOOKBACK = 60;

/** Builds the entity table of one article: names found once, then consulted and extended by attribution. */
export function buildEntityTable(
  text: string,
  blocks: Block[],
  sentences: Sentence[],
  tokens: Token[] = tokenize(text),
): EntityTable {
  const ents: Ent[] = [];
  const byKey = new Map<string, Ent>();
  const mentions: Mention[] = [];
  let quoted = findQuoted(text, blocks);

  const newEnt = (key: string, kind: EntityKind, name: string, words: string[]): Ent => {
    const ent: Ent = {
      id: '',
      kind,
      name,
      words,
      aliases: new Set(),
      descriptors: [],
      outlet: false,
      anonymous: false,
      plural: false,
      gender: 'unknown',
      mentions: [],
    };
    ents.push(ent);
    byKey.set(key, ent);
    return ent;
  };
  const addMentionTo = (ent: Ent, span: Span, form: MentionForm): Mention => {
    const m: Mention = { span, form, ent, quoted: insideAny(quoted, span.start), speaker: false };
    ent.mentions.push(m);
    insertSorted(mentions, m);
    const surface = text.slice(span.start, span.end);
    if (form !== 'pronoun' && form !== 'descriptor' && surface !== ent.name)
      ent.aliases.add(surface);
    return m;
  };
  const addDescriptors = (ent: Ent, descriptors: string[]) => {
    for (const d of descriptors) if (!ent.descriptors.includes(d)) ent.descriptors.push(d);
  };

  const listedEnt = (entry: GazetteerEntry): Ent => {
    const key = `listed:${entry.canonical}`;
    const ent =
      byKey.get(key) ?? newEnt(key, entry.kind, entry.canonical, entry.canonical.split(' '));
    if (entry.outlet) ent.outlet = true;
    return ent;
  };

  // --- merge the candidates into entities ---
  const { candidates, isCommon, seenAsName } = recognize(text, tokens, blocks, sentences);
  const persons: Ent[] = [];
  const bySurname = new Map<string, Ent[]>();
  const byFirstName = new Map<string, Ent[]>();
  const singles: Candidate[] = [];
  /** "Harbourline" after "Harbourline Properties": a firm's first word alone is the firm. */
  const orgsByFirstWord = new Map<string, Ent[]>();
  const fullNameStarts = new Map<Ent, number[]>();
  const ordered: { c: Candidate; ent: Ent; form: MentionForm }[] = [];

  // people named in full first, so that a lone surname anywhere can find them
  for (const c of candidates) {
    if (c.kind !== 'person' || c.words.length < 2 || c.listed) continue;
    const first = c.words[0]!.toLowerCase();
    const last = c.words[c.words.length - 1]!.toLowerCase();
    const key = `person:${first} ${last}`;
    const surface = text.slice(c.span.start, c.span.end).replace(/\s+/g, ' ');
    let ent = byKey.get(key);
    if (!ent) {
      ent = newEnt(key, 'person', surface, c.words);
      persons.push(ent);
      push(bySurname, last, ent);
      push(byFirstName, first, ent);
    } else if (c.words.length > ent.words.length) {
      ent.name = surface;
      ent.words = c.words;
    }
    if (ent.gender === 'unknown') ent.gender = c.gender;
    addDescriptors(ent, c.descriptors);
    ordered.push({ c, ent, form: 'name' });
    push(fullNameStarts, ent, c.span.start);
  }
  for (const c of candidates) {
    if (c.kind === 'person' && c.words.length > 1 && !c.listed) continue; // merged above
    // "Houston", "Churchill": a listed place that is the surname of someone named in full is that person
    if (c.listed && c.words.length === 1 && bySurname.has(c.words[0]!.toLowerCase())) {
      singles.push(c);
    } else if (c.listed) {
      const ent = listedEnt(c.listed);
      ordered.push({ c, ent, form: c.listed.metonym ? 'metonym' : 'name' });
    } else if (c.aliasOf) {
      const full = ordered.find(
        (o) => o.c.span.start === c.aliasOf!.start && o.c.span.end === c.aliasOf!.end,
      );
      if (!full) continue;
      byKey.set(`${full.ent.kind}:${c.words[0]!.toLowerCase()}`, full.ent);
      ordered.push({ c, ent: full.ent, form: 'alias' });
    } else if (
      c.headline ||
      (c.kind !== 'person' &&
        c.kind !== 'unknown' &&
        c.words.length === 1 &&
        byKey.has(`person1:${c.words[0]!.toLowerCase()}`))
    ) {
      singles.push(c);
    } else if (c.kind === 'person' || c.kind === 'unknown') {
      singles.push(c);
    } else {
      const name = text.slice(c.span.start, c.span.end).replace(/\s+/g, ' ');
      const key = `${c.kind}:${name.toLowerCase()}`;
      const ent = byKey.get(key) ?? newEnt(key, c.kind, name, c.words);
      ordered.push({ c, ent, form: 'name' });
      if (ent.kind === 'organization' && c.words.length > 1)
        push(orgsByFirstWord, c.words[0]!.toLowerCase(), ent);
    }
  }

  // single words: a surname or first name of a person named in full, or a name of its own
  /** The person of that surname named in full most recently before `at` (or first), agreeing in gender. */
  const nearestFull = (list: Ent[], at: number, gender: Gender): Ent | undefined => {
    const pool = list.filter(
      (e) => gender === 'unknown' || e.gender === 'unknown' || e.gender === gender,
    );
    // news names a relative by full or first name; a bare surname stays with whoever had it first
    return pool.find((e) => (fullNameStarts.get(e)?.[0] ?? Infinity) < at) ?? pool[0];
  };
  singles.sort((a, b) => Number(b.person) - Number(a.person) || a.span.start - b.span.start);
  for (const c of singles) {
    const word = c.words[0] ?? '';
    if (!word) continue;
    const lower = word.toLowerCase();
    const surnames = bySurname.get(lower);
    const firstNames = byFirstName.get(lower);
    // a gender guessed from first-name lists says nothing of a word used as a surname ("Blake")
    const gender = surnames && c.gender === FIRST_NAME_GENDER.get(lower) ? 'unknown' : c.gender;
    let ent: Ent | undefined;
    // "Mr. Roe" beside "Ann Roe" is another Roe: a surname merges only where gender agrees
    // "Washington has warned": the state, even where someone of that surname is named
    if (AMBIGUOUS_SEATS.has(word) && !c.person && actsAsState(c)) ent = seatOrPlace(c, word);
    else if (surnames)
      ent = nearestFull(surnames, c.span.start, gender) ?? byKey.get(`person1:${lower}`);
    else if (firstNames?.length === 1) ent = firstNames[0];
    else if (orgsByFirstWord.get(lower)?.length === 1 && c.gender === 'unknown')
      ent = orgsByFirstWord.get(lower)![0];
    else
      ent =
        byKey.get(`person1:${lower}`) ??
        byKey.get(`organization:${lower}`) ??
        byKey.get(`other:${lower}`);
    if (!ent && AMBIGUOUS_SEATS.has(word)) {
      ent = seatOrPlace(c, word);
    }
    if (!ent && c.headline) continue;
    if (!ent) {
      if (c.person) {
        ent = newEnt(`person1:${lower}`, 'person', word, [word]);
        persons.push(ent);
      } else
        ent = newEnt(
          `${c.kind === 'unknown' ? 'other' : c.kind}:${lower}`,
          c.kind === 'unknown' ? 'other' : c.kind,
          word,
          [word],
        );
    }
    if (ent.kind === 'person' && ent.gender === 'unknown') ent.gender = gender;
    addDescriptors(ent, c.descriptors);
    const form: MentionForm =
      word === ent.name
        ? 'name'
        : ent.kind === 'location' && AMBIGUOUS_SEATS.has(word)
          ? 'metonym'
          : 'alias';
    ordered.push({ c, ent, form });
  }

  /** "Washington said" is the United States; "in Washington" is the city. */
  function actsAsState(c: Candidate): boolean {
    const after = text.slice(c.span.end, c.span.end + 12);
    return /^(?:'s|’s)?\s+(?:has|have|had|is|was|will|would|wants|warned|must|could|should|may|might|did|does)\b/.test(
      after,
    );
  }

  function seatOrPlace(c: Candidate, word: string): Ent {
    const country = GAZETTEER.get(AMBIGUOUS_SEATS.get(word)!.toLowerCase());
    if (country && actsAsState(c)) return listedEnt(country);
    const key = `location:${word.toLowerCase()}`;
    return byKey.get(key) ?? newEnt(key, 'location', word, [word]);
  }

  // mentions in text order; ids by first mention
  ordered.sort((a, b) => a.c.span.start - b.c.span.start);
  let previous: Span | undefined;
  for (const o of ordered) {
    if (previous && previous.start === o.c.span.start && previous.end === o.c.span.end) continue;
    previous = o.c.span;
    // a listed alias or a surname is an alias; a capital standing for its state stays a metonym
    const surface = text.slice(o.c.span.start, o.c.span.end);
    addMentionTo(o.ent, o.c.span, o.form === 'name' && surface !== o.ent.name ? 'alias' : o.form);
  }
  for (const ent of persons) {
    if (ent.gender === 'unknown') ent.gender = genderFromDescriptors(ent.descriptors);
  }
  let nextId = 1;
  const idIndex = new Map<string, Ent>();
  for (const m of mentions) if (!m.ent.id) ensureId(m.ent);

  // --- the table attribution consults ---
  const byId = (id: string) => idIndex.get(id);

  function overlapping(span: Span): Mention[] {
    const found: Mention[] = [];
    let i = lowerBound(mentions, span.end) - 1;
    for (let n = 0; i >= 0 && n < 50; i--, n++) {
      const m = mentions[i]!;
      if (m.span.end > span.start && m.span.start < span.end) found.push(m);
    }
    return found.reverse();
  }

  function insideName(offset: number): boolean {
    return overlapping({ start: offset, end: offset + 1 }).some(
      (m) => m.form !== 'pronoun' && m.form !== 'descriptor',
    );
  }

  function record(ent: Ent, span: Span, form: MentionForm): Mention {
    const same = ent.mentions.find((m) => m.span.start === span.start && m.span.end === span.end);
    return same ?? addMentionTo(ent, span, form);
  }

  function ensureId(ent: Ent): string {
    if (!ent.id) {
      ent.id = `e${nextId++}`;
      idIndex.set(ent.id, ent);
    }
    return ent.id;
  }

  /** The nearest fitting antecedent of a pronoun: a recent speaker first, then a sentence's first name, then the nearest. */
  /**
   * The antecedent of a pronoun among the fitting mentions before it, outside quoted words:
   * within this and the previous sentence, a recent speaker first, then a sentence's first
   * name, then the nearest; further back, the nearest (unless `windowOnly`).
   */
  function antecedent(
    span: Span,
    fits: (e: Ent) => boolean,
    reach: 'sentence' | 'window' | 'any' = 'any',
  ): Ent | undefined {
    const here = sentenceIndex(sentences, span.start);
    const windowStart = sentences[Math.max(0, reach === 'sentence' ? here : here - 1)]?.start ?? 0;
    const windowOnly = reach !== 'any';
    const sentenceStart = sentences[here]?.start ?? 0;
    // in the pronoun's own sentence, the subject before it ("Ann Roe said she ..."), else the nearest
    let inSentence: Ent | undefined;
    let nearest: Ent | undefined;
    let speaker: Ent | undefined;
    let subject: Ent | undefined;
    // Before the window: the last fitting speaker, else the nearest fitting mention (a
    // victim or an object named since is less salient than whoever was speaking).
    let farNearest: Ent | undefined;
    let i = lowerBound(mentions, span.start) - 1;
    for (let n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
      const m = mentions[i]!;
      if (m.quoted || !fits(m.ent)) continue;
      if (m.span.start < windowStart) {
        if (nearest || windowOnly) break;
        if (m.speaker) return m.ent;
        farNearest ??= m.ent;
        continue;
      }
      nearest ??= m.ent;
      if (m.speaker) speaker ??= m.ent;
      const first = !subject && isSentenceFirst(m);
      if (first) subject = m.ent;
      if (m.span.start >= sentenceStart && (first || !inSentence))
        inSentence = first ? m.ent : (inSentence ?? m.ent);
    }
    return inSentence ?? speaker ?? subject ?? nearest ?? farNearest;
  }

  function isSentenceFirst(m: Mention): boolean {
    const s = sentences[sentenceIndex(sentences, m.span.start)];
    if (!s) return false;
    const i = lowerBound(mentions, s.start);
    for (let k = i; k < mentions.length && mentions[k]!.span.start < m.span.start; k++) {
      if (!mentions[k]!.quoted && mentions[k]!.ent.kind === m.ent.kind) return false;
    }
    return true;
  }

  function resolvePronoun(span: Span, lower: string): Ent | undefined {
    if (HE.has(lower) || SHE.has(lower)) {
      const want: Gender = HE.has(lower) ? 'male' : 'female';
      const single = (e: Ent) => (e.kind === 'person' || e.anonymous) && !e.plural;
      // a person known to fit nearby beats one of unknown gender
      const fitting = (e: Ent) => single(e) && (e.gender === want || e.gender === 'unknown');
      const ent =
        antecedent(span, fitting, 'sentence') ??
        antecedent(span, (e) => single(e) && e.gender === want, 'window') ??
        antecedent(span, fitting);
      if (ent && ent.gender === 'unknown' && !ent.anonymous) ent.gender = want; // agreement sticks for later pronouns
      return ent;
    }
    if (IT.has(lower))
      return antecedent(
        span,
        (e) =>
          !e.plural &&
          (e.kind === 'organization' ||
            e.kind === 'location' ||
            (e.kind === 'other' && e.anonymous)),
      );
    if (THEY.has(lower)) return antecedent(span, (e) => e.plural || e.kind === 'organization');
    if (RELATIVE.has(lower))
      return antecedent(span, (e) => e.kind === 'person' || e.kind === 'organization');
    return undefined;
  }

  /** "the analyst" names the person last described as one ("military analyst X", "a spokesperson for Y"). */
  function describedBefore(span: Span, role: string): Ent | undefined {
    let i = lowerBound(mentions, span.start) - 1;
    for (let n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
      const ent = mentions[i]!.ent;
      if (
        (ent.kind === 'person' || (ent.anonymous && !ent.plural)) &&
        ent.descriptors.some((d) =>
          d
            .toLowerCase()
            .split(/[\s,]+/)
            .includes(role),
        )
      )
        return ent;
    }
    return undefined;
  }

  /**
   * "her lawyer" or "Ruiz's lawyer" when the text also says who that is ("Tom Hale, Ruiz's
   * lawyer"): the person with that descriptor, wherever in the article it is given.
   */
  function ownedRole(
    span: Span,
    phrase: string,
    phraseTokens: Token[],
  ): { described: Ent | undefined; name: string } | undefined {
    const words = phraseTokens.filter((t) => t.word);
    const ownerAt = words.findIndex(
      (t) => POSSESSIVE_DETERMINERS.has(t.lower) || /['\u2019]s$/.test(t.lower),
    );
    if (ownerAt < 0 || ownerAt === words.length - 1) return undefined;
    // the role is a few lowercase words and nothing else: "her lawyer", not "his wife, Ann Roe"
    const roleTokens = phraseTokens.slice(phraseTokens.indexOf(words[ownerAt]!) + 1);
    if (roleTokens.length > 4 || roleTokens.some((t) => !t.word || t.cap)) return undefined;
    const ownerToken = words[ownerAt]!;
    const role = words
      .slice(ownerAt + 1)
      .map((t) => t.lower)
      .join(' ');
    let owners: string[];
    let ownerName: string;
    let ownerPlural = false;
    if (POSSESSIVE_DETERMINERS.has(ownerToken.lower)) {
      const pronoun = { start: span.start + ownerToken.start, end: span.start + ownerToken.end };
      const owner = resolvePronoun(pronoun, ownerToken.lower);
      if (!owner) return undefined;
      ownerName = owner.name;
      ownerPlural = owner.plural || owner.kind !== 'person'; // "the Republicans' ..."
      owners = [owner.name, ...owner.aliases].map((n) => n.toLowerCase());
    } else {
      ownerName = phrase.slice(words[0]!.start, ownerToken.end - 2);
      owners = [ownerName.toLowerCase()];
    }
    const wanted = new Set(
      owners.flatMap((o) => [`${o}'s ${role}`, `${o}\u2019s ${role}`, `${role} for ${o}`]),
    );
    const described = ents.find(
      (e) =>
        e.kind === 'person' &&
        e.descriptors.some((d) => wanted.has(withoutDeterminer(d.toLowerCase()))),
    );
    const roleWords = phrase.slice(words[ownerAt + 1]!.start, words[words.length - 1]!.end);
    const possessive = ownerPlural && ownerName.endsWith('s') ? "'" : "'s";
    return { described, name: `${ownerName}${possessive} ${roleWords}` };
  }

  /** "the chamber" names the organisation last mentioned with that word in its name. */
  function namedBodyBefore(span: Span, noun: string): Ent | undefined {
    const firm = FIRM_NOUNS.has(noun);
    let i = lowerBound(mentions, span.start) - 1;
    for (let n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
      const ent = mentions[i]!.ent;
      if (ent.kind !== 'organization' || ent.anonymous) continue;
      const words = ent.name.toLowerCase().split(/\s+/);
      if (words.includes(noun)) return ent;
      // "the company", "the chain": the business last named, not a public body or an outlet
      if (firm && !ent.outlet && !words.some((w) => PUBLIC_BODY_WORDS.has(w))) return ent;
    }
    return undefined;
  }

  /**
   * "the affable proprietor", "the 31-year-old winger", "the agency": a definite description
   * with no name of its own, when nobody is described with its head noun, points back to the
   * person (or public body) the passage is about: the most salient fitting antecedent.
   */
  function epithetReferent(span: Span, headTokens: Token[], head: string): Ent | undefined {
    if (headTokens[0]?.lower !== 'the' || PEOPLE_PLURALS.has(head)) return undefined;
    if (GOVERNMENT_NOUNS.has(head)) return publicBodyBefore(span);
    if (PUBLIC_BODY_WORDS.has(head) || BODY_NOUNS.has(head)) return undefined;
    // a bare "the victim" may be someone new; an epithet carries a modifier ("the rookie defenceman")
    const modified = headTokens.length >= 3;
    const possessive = headTokens.some((t) => /['\u2019]s?$/.test(t.lower)); // "the board's own"
    if (
      !modified ||
      possessive ||
      head.endsWith('s') ||
      FIRM_NOUNS.has(head) ||
      ORG_WORDS.has(head)
    )
      return undefined;
    const gender = ROLE_GENDER.get(head) ?? 'unknown';
    return antecedent(
      span,
      (e) =>
        e.kind === 'person' &&
        !e.plural &&
        !e.anonymous &&
        (gender === 'unknown' || e.gender === 'unknown' || e.gender === gender),
    );
  }

  /** "the agency", "the department": the public body last named ("the State Department"). */
  function publicBodyBefore(span: Span): Ent | undefined {
    let i = lowerBound(mentions, span.start) - 1;
    for (let n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
      const ent = mentions[i]!.ent;
      if (ent.kind !== 'organization' || ent.anonymous || ent.outlet || mentions[i]!.quoted)
        continue;
      if (
        ent.name
          .toLowerCase()
          .split(/\s+/)
          .some((w) => PUBLIC_BODY_WORDS.has(w))
      )
        return ent;
    }
    return undefined;
  }

  /** A source that names nobody the table knows: an anonymous person or group, or a body. */
  function describedSource(span: Span, phrase: string, headWords: string[]): Ent {
    const head = headWords[headWords.length - 1] ?? '';
    const words = phrase.split(/\s+/);
    while (words.length > 1 && LEADING_DETERMINERS.has(words[0]!.toLowerCase())) words.shift();
    const name = words.join(' ');
    const body = BODY_NOUNS.has(head);
    const plural =
      PEOPLE_PLURALS.has(head) || (head.endsWith('s') && !body && !ROLE_NOUNS.has(head));
    const key = `described:${name.toLowerCase()}`;
    let ent = byKey.get(key);
    if (!ent) {
      // unnamed people are not "person" entities: the people an article names are counted from those
      ent = newEnt(key, body ? 'organization' : 'other', name, words);
      ent.anonymous = !body;
      ent.plural = plural;
      ent.gender = ROLE_GENDER.get(head) ?? 'unknown';
      if (!body) ent.descriptors.push(phrase);
    }
    if (phrase !== ent.name) ent.aliases.add(phrase); // as written: "an unnamed professor ..."

    record(ent, span, 'descriptor');
    return ent;
  }

  /** A person named right before the phrase (", 46, of Halifax") or right after its head (", Ann Roe"). */
  function apposition(
    s: Span,
    phrase: string,
    phraseTokens: Token[],
    headEnd: number,
  ): Mention | undefined {
    const firstWord = phraseTokens.find((t) => t.word);
    const lowerStart = firstWord && !/^\p{Lu}/u.test(phrase.slice(firstWord.start, firstWord.end));
    if (lowerStart) {
      const before = text.slice(Math.max(0, s.start - 3), s.start);
      if (/,\s*$/.test(before)) {
        const i = lowerBound(mentions, s.start) - 1;
        const m = mentions[i];
        if (m && m.ent.kind === 'person' && /^\s*,\s*$/.test(text.slice(m.span.end, s.start)))
          return m;
      }
    }
    if (phraseTokens[headEnd]?.lower === ',') {
      const after = s.start + phraseTokens[headEnd]!.end;
      const i = lowerBound(mentions, after);
      const m = mentions[i];
      if (
        m &&
        m.ent.kind === 'person' &&
        m.span.end <= s.end &&
        /^[\s\p{Lu}\p{L}.]*$/u.test(text.slice(after, m.span.start))
      ) {
        const gap = text.slice(after, m.span.start).trim();
        if (!gap || /^\p{Lu}/u.test(gap)) return m;
      }
    }
    return undefined;
  }

  const table: EntityTable = {
    at(span) {
      let best: Mention | undefined;
      let bestOverlap = 0;
      for (const m of overlapping(span)) {
        const overlap = Math.min(m.span.end, span.end) - Math.max(m.span.start, span.start);
        if (overlap > bestOverlap) {
          best = m;
          bestOverlap = overlap;
        }
      }
      return best ? toEntity(best.ent) : undefined;
    },

    resolveSource(span) {
      const s = trimSpan(text, span);
      if (!s) return null;
      const phrase = text.slice(s.start, s.end);
      const lower = phrase.toLowerCase();
      if (FIRST_SECOND_PERSON.has(lower)) return null;
      if (
        !/\s/.test(lower) &&
        (HE.has(lower) || SHE.has(lower) || IT.has(lower) || THEY.has(lower) || RELATIVE.has(lower))
      ) {
        const ent = resolvePronoun(s, lower);
        if (!ent) return null;
        record(ent, s, 'pronoun').speaker = true;
        return ensureId(ent);
      }
      // the head of the phrase: "energy analyst Dana Whitcombe", "Tom Bell, an assistant professor ..."
      const phraseTokens = tokenize(phrase);
      // "her lawyer", "Ruiz's lawyer": the person described so, never the owner
      const opener = phraseTokens[0]?.lower ?? '';
      const owned = ownedRole(s, phrase, phraseTokens);
      if (owned?.described) {
        record(owned.described, s, 'descriptor').speaker = true;
        return ensureId(owned.described);
      }
      if (owned && POSSESSIVE_DETERMINERS.has(opener)) {
        // nobody is described so: an unnamed source named after its owner ("Ann Roe's lawyer")
        const ent = describedSource(s, owned.name, owned.name.toLowerCase().split(/\s+/));
        ent.aliases.add(phrase);
        return ensureId(ent);
      }
      // a phrase that opens with a subject pronoun ("she waited ..."): the pronoun is the source
      if (phraseTokens.length > 1 && SUBJECT_PRONOUNS.has(opener)) {
        const pronoun: Span = { start: s.start, end: s.start + phraseTokens[0]!.end };
        const ent = resolvePronoun(pronoun, opener);
        if (!ent) return null;
        record(ent, pronoun, 'pronoun').speaker = true;
        return ensureId(ent);
      }
      let headEnd = phraseTokens.length;
      for (let k = 1; k < phraseTokens.length; k++) {
        // "of" inside a name ("A City of Toronto spokesperson") does not end the head
        if (
          HEAD_ENDERS.has(phraseTokens[k]!.lower) &&
          !insideName(s.start + phraseTokens[k]!.start)
        ) {
          headEnd = k;
          break;
        }
      }
      const headTokens = phraseTokens.slice(0, headEnd).filter((t) => t.word);
      const lastHead = headTokens[headTokens.length - 1];
      if (!lastHead) return null;
      const headSpan: Span = { start: s.start + headTokens[0]!.start, end: s.start + lastHead.end };
      const named = overlapping(headSpan);
      const lastWordStart = s.start + lastHead.start;
      const covering = named.filter(
        (m) => m.span.start <= lastWordStart && m.span.end > lastWordStart,
      );
      // a title before a name that has an "of" in it: "Minister of Municipal Affairs Ric McIver"
      const beforeComma = phraseTokens.findIndex((t) => t.lower === ',');
      const titledEnd =
        s.start +
        (phraseTokens[(beforeComma < 0 ? phraseTokens.length : beforeComma) - 1]?.end ?? 0);
      const titled = overlapping({ start: s.start, end: titledEnd }).filter(
        (m) => m.ent.kind === 'person' && m.span.end === titledEnd,
      );
      const chosen = covering.find((m) => m.ent.kind === 'person') ?? titled[0] ?? covering[0];
      if (chosen) {
        chosen.speaker = true;
        return ensureId(chosen.ent);
      }
      const headLower = lastHead.lower.replace(/['\u2019]s$/, '');
      // "a Bloomberg poll", "Statistics Canada data": the maker of the artifact is the source
      if (ARTIFACT_NOUNS.has(headLower)) {
        const maker = named
          .filter((m) => m.span.end <= lastWordStart && m.ent.kind !== 'location')
          .pop();
        if (maker) {
          maker.speaker = true;
          return ensureId(maker.ent);
        }
      }
      // a listed name the recognizer skipped (e.g. at the start of a sentence)
      const listed = GAZETTEER.get(
        headTokens
          .map((t) => t.lower)
          .filter((w) => w !== 'the')
          .join(' '),
      );
      if (
        listed &&
        matchesCase(
          listed,
          headTokens.filter((t) => t.lower !== 'the').map((t) => phrase.slice(t.start, t.end)),
        )
      ) {
        const ent = listedEnt(listed);
        record(ent, headSpan, 'name').speaker = true;
        return ensureId(ent);
      }
      // an apposition names the source: "Mary Smith, 46, of Halifax", "his wife, Ann Roe"
      const apposed = apposition(s, phrase, phraseTokens, headEnd);
      if (apposed) {
        apposed.speaker = true;
        return ensureId(apposed.ent);
      }
      if (/^\p{Lu}/u.test(phrase.slice(lastHead.start, lastHead.end)) && isCommonNoun(headLower)) {
        const described = describedSource(
          s,
          cutAtClause(phrase),
          headTokens.map((t) => t.lower),
        );
        return ensureId(described);
      }
      const capitalised = headTokens.every(
        (t) => /^\p{Lu}/u.test(phrase.slice(t.start, t.end)) || t.lower === 'the',
      );
      if (!capitalised) {
        const firstLower = headTokens[0]!.lower;
        if (
          firstLower === 'the' &&
          (ROLE_NOUNS.has(headLower) ||
            BODY_NOUNS.has(headLower) ||
            ORG_WORDS.has(headLower) ||
            FIRM_NOUNS.has(headLower))
        ) {
          const ent = ROLE_NOUNS.has(headLower)
            ? describedBefore(s, headLower)
            : namedBodyBefore(s, headLower);
          if (ent) {
            record(ent, s, 'descriptor').speaker = true;
            return ensureId(ent);
          }
        }
        const referent = epithetReferent(s, headTokens, headLower);
        if (referent) {
          record(referent, s, 'descriptor').speaker = true;
          return ensureId(referent);
        }
        const described = describedSource(
          s,
          cutAtClause(phrase),
          headTokens.map((t) => t.lower),
        );
        const m = described.mentions.find((x) => x.span.start === s.start);
        if (m) m.speaker = true;
        return ensureId(described);
      }
      // a capitalised name the recognizer did not read as one: a person, merged by surname when it can be
      let nameTokens = headTokens.filter((t) => t.lower !== 'the');
      while (nameTokens.length > 1 && isTitleWord(nameTokens[0]!.lower.replace(/\.$/, '')))
        nameTokens = nameTokens.slice(1);
      const words = nameTokens.map((t) => phrase.slice(t.start, t.end).replace(/['\u2019]s$/, ''));
      const lowers = words.map((w) => w.toLowerCase());
      const first = lowers[0]!;
      const last = lowers[lowers.length - 1]!;
      const known = bySurname.get(last);
      let ent = known ? nearestFull(known, s.start, 'unknown') : byKey.get(`person1:${last}`);
      if (!ent) {
        // "On Thursday", "Polls", "Mrs.": not a name; the phrase is a description then
        const shouting = words.some((w) => w.length > 1 && w === w.toUpperCase());
        const nameLike =
          words.length > 1
            ? FIRST_NAME_GENDER.has(first) || !lowers.some((w) => isCommon(w))
            : seenAsName(first) && !isCommon(first);
        if (
          shouting ||
          !nameLike ||
          DEMONYMS.has(last) ||
          DEMONYMS.has(last.replace(/s$/, '')) ||
          isTitleWord(last) ||
          isCommonNoun(last) ||
          isCommonNoun(last.replace(/s$/, ''))
        ) {
          return ensureId(
            describedSource(
              s,
              cutAtClause(phrase),
              headTokens.map((t) => t.lower),
            ),
          );
        }
        ent =
          words.length > 1
            ? newEnt(`person:${first} ${last}`, 'person', words.join(' '), words)
            : newEnt(`person1:${last}`, 'person', words[0]!, words);
        ent.gender = FIRST_NAME_GENDER.get(first) ?? 'unknown';
        persons.push(ent);
        push(bySurname, last, ent);
      }
      const nameSpan: Span = {
        start: s.start + nameTokens[0]!.start,
        end: s.start + nameTokens[nameTokens.length - 1]!.end,
      };
      record(ent, nameSpan, words.join(' ') === ent.name ? 'name' : 'alias').speaker = true;
      return ensureId(ent);
    },

    resolveChannel(span) {
      const s = trimSpan(text, span);
      if (!s) return null;
      const phrase = text.slice(s.start, s.end);
      const phraseTokens = tokenize(phrase).filter((t) => t.word);
      const bare = phraseTokens[0]?.lower === 'the' ? phraseTokens.slice(1) : phraseTokens;
      if (!bare.length) return null;
      const nameSpan: Span = {
        start: s.start + bare[0]!.start,
        end: s.start + bare[bare.length - 1]!.end,
      };
      const listed = GAZETTEER.get(bare.map((t) => t.lower).join(' '));
      if (listed?.outlet) {
        const ent = listedEnt(listed);
        record(
          ent,
          nameSpan,
          text.slice(nameSpan.start, nameSpan.end) === ent.name ? 'name' : 'alias',
        );
        return ensureId(ent);
      }
      const known = overlapping(nameSpan).find((m) => m.ent.kind !== 'location');
      if (known) {
        if (
          known.ent.kind === 'person' &&
          (known.ent.descriptors.length || known.ent.words.length === 1)
        )
          return null; // "told Smith": a recipient
        known.ent.kind = 'organization';
        known.ent.outlet = true;
        return ensureId(known.ent);
      }
      if (!bare.every((t) => /^\p{Lu}/u.test(phrase.slice(t.start, t.end)))) return null; // "told reporters"
      const name = text.slice(nameSpan.start, nameSpan.end);
      const key = `organization:${name.toLowerCase()}`;
      const ent = byKey.get(key) ?? newEnt(key, 'organization', name, name.split(' '));
      ent.outlet = true;
      record(ent, nameSpan, 'name');
      return ensureId(ent);
    },

    addMention(entityId, span, form) {
      const ent = byId(entityId);
      if (ent && span.end > span.start && span.start >= 0 && span.end <= text.length)
        record(ent, span, form);
    },

    genderOf(entityId) {
      return byId(entityId)?.gender ?? 'unknown';
    },

    setQuoted(spans) {
      quoted = [...spans].sort((a, b) => a.start - b.start);
      for (const m of mentions) m.quoted = insideAny(quoted, m.span.start);
    },

    entities() {
      return ents
        .filter((e) => e.id && e.mentions.length)
        .sort((a, b) => idNumber(a.id) - idNumber(b.id))
        .map(toEntity);
    },
  };
  return table;
}

/** A common noun written with a capital at the start of a sentence ("Officials said", "Police said"). */
function isCommonNoun(lower: string): boolean {
  return PEOPLE_PLURALS.has(lower) || BODY_NOUNS.has(lower) || ROLE_NOUNS.has(lower);
}

function toEntity(ent: Ent): Entity {
  const mentions = [...ent.mentions]
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    .map((m) => ({ span: { ...m.span }, form: m.form }));
  const entity: Entity = {
    id: ent.id,
    kind: ent.kind,
    name: ent.name,
    aliases: [...ent.aliases].filter((a) => a !== ent.name),
    mentions,
    descriptors: [...ent.descriptors],
  };
  if (ent.outlet) entity.outlet = true;
  if (ent.anonymous) entity.anonymous = true;
  return entity;
}

function idNumber(id: string): number {
  return Number(id.slice(1));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function genderFromDescriptors(descriptors: string[]): Gender {
  for (const d of descriptors) {
    for (const w of d.toLowerCase().split(/\s+/)) {
      const g = ROLE_GENDER.get(w);
      if (g) return g;
    }
  }
  return 'unknown';
}

/** The first mention index whose start is at or after offset. */
function lowerBound(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(mentions: Mention[], m: Mention): void {
  const i = lowerBound(mentions, m.span.start + 1);
  if (i === mentions.length) mentions.push(m);
  else mentions.splice(i, 0, m);
}

function sentenceIndex(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The span without surrounding spaces and punctuation, or null when nothing is left. */
function trimSpan(text: string, span: Span): Span | null {
  let start = Math.max(0, span.start);
  let end = Math.min(text.length, span.end);
  while (start < end && /[\s"'\u2018\u2019\u201c\u201d,.;:!?()\u2014\u2013-]/.test(text[start]!))
    start++;
  while (end > start && /[\s"'\u2018\u2019\u201c\u201d,.;:!?()\u2014\u2013-]/.test(text[end - 1]!))
    end--;
  return end > start ? { start, end } : null;
}

/** A source phrase up to a relative clause or aside ("a spokesperson, who asked not to be named" -> "a spokesperson"). */
function cutAtClause(phrase: string): string {
  const cut = phrase.search(/,|\s(?:who|which|speaking|on condition)\s/);
  return (cut > 0 ? phrase.slice(0, cut) : phrase).trim();
}
