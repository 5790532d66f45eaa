import type { MentionForm, Span } from '@sourcetrace/article-model';
import { FIRST_NAME_GENDER } from './gazetteer.js';
import { isSurnameFirst, withoutParticle, type Candidate } from './name-scan.js';
import { HONORIFIC_GENDER, KIN_NOUNS, type Gender } from './data/people.js';
import { AMBIGUOUS_SEATS } from './data/places.js';
import { PUBLIC_BODY_WORDS } from './data/organizations.js';
import { OUTLET_WORDS } from '../lexicon/words.js';
import { fullNameAsWritten, oneSpaced } from './written-name.js';
import { firstOfTwoSurnames } from './name-orders.js';
import { genderFromDescriptors, relationGender } from './described-gender.js';
import {
  bodiesByLastWord,
  firmWithoutSuffix,
  firmsReadAsPeople,
  PlacedBodies,
  headWordOf,
  lastWordOf,
  spelledOut,
  type Placed,
} from './short-forms.js';
import { SpanMap } from './span-map.js';
import { push, type Effects, type EntityStore } from './store.js';
import type { Ent } from './types.js';
import { actsAsState, capitalAsPlace, placeNamed, seatOrPlace } from './capitals.js';
import { listedEnt } from './listed-ent.js';
import { firstNameThatSpeaks } from './first-name-speaks.js';
import { agreeing, byAge, living, namedJustBefore } from './shared-surname.js';

/**
 * Merges the recognizer's candidates into entities: people named in full first, so that a lone
 * surname anywhere can find them; then listed names, acronyms and other names; then single
 * words. Mentions are recorded in text order and ids given by first mention.
 */
export function mergeCandidates(store: EntityStore, candidates: readonly Candidate[]): void {
  const fx = store.live();
  const placed: Placed[] = [];
  /** "Harbourline" after "Harbourline Properties": a firm's first word alone is the firm. */
  const firms = new Map<string, Ent[]>();
  firmsReadAsPeople(candidates);
  mergeFullNames(store, candidates, placed);
  const singles = mergeOthers(store, fx, candidates, placed, firms);
  mergeSingles(store, fx, singles, placed, firms);
  placed.sort((a, b) => a.c.span.start - b.c.span.start);
  let previous: Span | undefined;
  for (const o of placed) {
    if (previous && previous.start === o.c.span.start && previous.end === o.c.span.end) continue;
    previous = o.c.span;
    // a listed alias or a surname is an alias; a capital standing for its state stays a metonym
    const surface = store.text.slice(o.c.span.start, o.c.span.end);
    store.addMention(
      o.ent,
      o.c.span,
      o.form === 'name' && surface !== o.ent.name ? 'alias' : o.form,
    );
  }
  for (const ent of store.persons) {
    // "Kim Roe, his daughter": a relation says more than a first-name list's guess
    ent.gender = relationGender(ent.descriptors) ?? ent.gender;
    if (ent.gender === 'unknown') ent.gender = genderFromDescriptors(ent.descriptors);
  }
  for (const m of store.index.all()) store.ensureId(m.ent);
}

function mergeFullNames(store: EntityStore, candidates: readonly Candidate[], placed: Placed[]) {
  const nicknames = nicknamedSpans(candidates);
  const withNickname = new Set([...nicknames.values()].map((span) => span.start));
  const nicknamed = (c: Candidate) => (withNickname.has(c.span.start) ? 1 : 0);
  // longest names first, so that "Paz Akin" finds "Lorena Paz Akin" wherever it stands; and
  // a name given with its nickname before the others, so that "Benji Vance" finds `Benjamin
  // "Benji" Vance` even where it is written first
  const full = candidates
    .filter((c) => c.kind === 'person' && c.words.length >= 2 && !c.listed)
    .sort((a, b) => b.words.length - a.words.length || nicknamed(b) - nicknamed(a));
  for (const c of full) {
    const first = c.words[0]!.toLowerCase();
    const last = c.words[c.words.length - 1]!.toLowerCase();
    // "Kim Jong-un" is "Kim" later: the surname comes first
    const surname = isSurnameFirst(c.words) ? first : last;
    const key = { ns: 'person', first, last } as const;
    const surface = fullNameAsWritten(store.text, c);
    let ent =
      store.keys.get(key) ??
      longerName(store.bySurname.get(surname), c.words) ??
      titledSurname(store, first, surname) ??
      byNickname(placed, nicknames, first, last) ??
      pluralOfName(store, first, last);
    if (!ent) {
      ent = store.newEnt(key, { kind: 'person', name: surface, words: c.words });
      store.persons.push(ent);
      push(store.bySurname, surname, ent);
      // "Tarek al-Nouri" is "Nouri" later: the particle drops with the first name
      const bare = withoutParticle(surname);
      if (bare !== surname) push(store.bySurname, bare, ent);
      const paternal = firstOfTwoSurnames(c.words);
      if (paternal) push(store.bySurname, paternal, ent);
      push(store.byFirstName, first, ent);
    } else if (c.words.length > ent.words.length) {
      ent.name = surface;
      ent.words = c.words;
    }
    if (ent.gender === 'unknown') ent.gender = c.gender;
    addDescriptors(ent, c.descriptors);
    placed.push({ c, ent, form: 'name' });
    push(store.fullNameStarts, ent, c.span.start);
  }
}

/**
 * `Benjamin "Benji" Vance`: "benji vance" to the span of the full name, so that a later
 * "Benji Vance" is the same person.
 */
function nicknamedSpans(candidates: readonly Candidate[]): Map<string, Span> {
  const spans = new Map<string, Span>();
  for (const c of candidates) {
    if (!c.aliasOf || c.kind !== 'person') continue;
    const full = candidates.find((f) => f.span.start === c.aliasOf!.start);
    const surname = full?.words[full.words.length - 1];
    if (surname) spans.set(`${c.words[0]!.toLowerCase()} ${surname.toLowerCase()}`, c.aliasOf);
  }
  return spans;
}

/**
 * `"The town could use more Ann Roes"`: a full name in the plural stands for people like the person
 * named so before, and is that person's mention, not a person of its own.
 */
function pluralOfName(store: EntityStore, first: string, last: string): Ent | undefined {
  if (last.length < 4 || !last.endsWith('s')) return undefined;
  return store.keys.get({ ns: 'person', first, last: last.slice(0, -1) });
}

/** The person named in full with a nickname that these first and last words give, once merged. */
function byNickname(
  placed: readonly Placed[],
  nicknames: ReadonlyMap<string, Span>,
  first: string,
  last: string,
): Ent | undefined {
  // (most texts give no nickname: no key is built for them)
  const span = nicknames.size ? nicknames.get(`${first} ${last}`) : undefined;
  return span && placed.find((o) => o.c.span.start === span.start)?.ent;
}

/**
 * "Dean Sandal" after "Ravi Sandal": a title that is also a first name ("Dean", "Earl"), read as
 * one before a surname, is the title of the person of that surname named in full.
 */
function titledSurname(store: EntityStore, first: string, surname: string): Ent | undefined {
  return HONORIFIC_GENDER.has(first) ? store.bySurname.get(surname)?.[0] : undefined;
}

/** The person whose fuller name ends with these words ("Lorena Paz Akin" for "Paz Akin"). */
function longerName(people: Ent[] | undefined, words: readonly string[]): Ent | undefined {
  if (!people) return undefined; // (most names are the first of their surname: nothing to join)
  const tail = words.join(' ').toLowerCase();
  return people.find(
    (e) => e.words.length > words.length && e.words.join(' ').toLowerCase().endsWith(` ${tail}`),
  );
}

/** Listed names, acronyms and names of things; returns the single words left for later. */
function mergeOthers(
  store: EntityStore,
  fx: Effects,
  candidates: readonly Candidate[],
  placed: Placed[],
  firms: Map<string, Ent[]>,
): Candidate[] {
  const singles: Candidate[] = [];
  const bodies = new PlacedBodies(placed);
  // an acronym finds the full name it follows, by the full name's span
  const bySpan = new SpanMap<Placed>(store.text.length);
  for (const o of placed) if (!bySpan.has(o.c.span)) bySpan.set(o.c.span, o);
  for (const c of candidates) {
    if (c.kind === 'person' && c.words.length > 1 && !c.listed) continue; // merged already
    // "Houston", "Churchill": a listed place that is the surname of someone named in full is that person
    if (c.listed && c.words.length === 1 && store.bySurname.has(c.words[0]!.toLowerCase())) {
      singles.push(c);
    } else if (c.listed && firstNameThatSpeaks(store, c)) {
      // "Victoria Osei ... "...," Victoria said.": the first name of the one named in full
      singles.push(c);
    } else if (c.listed && capitalAsPlace(store.text, c)) {
      const name = oneSpaced(store.text.slice(c.span.start, c.span.end));
      remember(placed, bySpan, { c, ent: placeNamed(store, name, c.words), form: 'name' });
    } else if (c.listed) {
      const ent = branchNamedBefore(store, placed, c) ?? listedEnt(fx, c.listed);
      remember(placed, bySpan, { c, ent, form: c.listed.metonym ? 'metonym' : 'name' });
    } else if (c.aliasOf) {
      const full = bySpan.get(c.aliasOf);
      if (!full) continue;
      const alias = c.words[0]!.toLowerCase();
      store.keys.set({ ns: 'named', kind: full.ent.kind, name: alias }, full.ent);
      // a nickname ("Benjamin "Benji" Vance") is later used as a first name alone
      if (full.ent.kind === 'person') push(store.byFirstName, alias, full.ent);
      remember(placed, bySpan, { c, ent: full.ent, form: 'alias' });
    } else if (
      c.headline ||
      c.kind === 'person' ||
      c.kind === 'unknown' ||
      (c.words.length === 1 &&
        store.keys.get({ ns: 'surname', word: c.words[0]!.toLowerCase() })) ||
      // "Park said" after "Park Ji-hoon": a surname read alone as a place is the person
      (c.kind === 'location' &&
        c.words.length === 1 &&
        store.bySurname.has(c.words[0]!.toLowerCase())) ||
      // "The Hawks finished fifth" after "the Harbour Hawks", "the Roe campaign" after "Ann
      // Roe": a short form of a body or a person named in full, read with the singles
      (c.kind === 'other' && c.words.length === 1 && shortFormAfterThe(store, bodies, c))
    ) {
      singles.push(c);
    } else {
      const name = oneSpaced(store.text.slice(c.span.start, c.span.end));
      const key = { ns: 'named', kind: c.kind, name: name.toLowerCase() } as const;
      const ent =
        store.keys.get(key) ??
        sameNameBody(store, c, key.name) ??
        spelledOut(store, placed, c) ??
        headWordOf(store, placed, c) ??
        firmWithoutSuffix(store, bodies, c, key.name) ??
        store.newEnt(key, { kind: c.kind, name, words: c.words });
      addDescriptors(ent, c.descriptors); // "Norwood Capital, a hedge fund,"
      remember(placed, bySpan, { c, ent, form: 'name' });
      if (ent.kind === 'organization' && c.words.length > 1 && namedLikeAFirm(c.words))
        push(firms, c.words[0]!.toLowerCase(), ent);
    }
  }
  return singles;
}

/** One word after "the" that is the surname of someone named in full, or ends a body's name. */
function shortFormAfterThe(store: EntityStore, bodies: PlacedBodies, c: Candidate): boolean {
  if (!store.afterThe(c.span.start)) return false;
  const word = c.words[0]!.toLowerCase();
  return store.bySurname.has(word) || bodies.endsAName(word);
}

/**
 * "Harbourline" alone is "Harbourline Properties"; but "Duncombe" alone is the town of the
 * "Duncombe Herald" or of "Duncombe Hospital", not the paper or the hospital.
 */
function namedLikeAFirm(words: readonly string[]): boolean {
  const last = words[words.length - 1]!.toLowerCase();
  return !OUTLET_WORDS.has(last) && !PUBLIC_BODY_WORDS.has(last);
}

/**
 * "the Daily Ledger reported" (a body) and "told the Daily Ledger" (a thing): one name read
 * as an organisation in one place and as some other thing in another is the organisation.
 */
function sameNameBody(store: EntityStore, c: Candidate, name: string): Ent | undefined {
  if (c.kind !== 'organization' && c.kind !== 'other') return undefined;
  const other = c.kind === 'organization' ? 'other' : 'organization';
  const ent = store.keys.get({ ns: 'named', kind: other, name });
  if (ent) ent.kind = 'organization';
  return ent;
}

/** "the Red Cross" after "the Peru Red Cross": the branch last named in full. */
function branchNamedBefore(store: EntityStore, placed: Placed[], c: Candidate): Ent | undefined {
  if (c.listed?.kind !== 'organization') return undefined;
  const tail = ` ${c.words.join(' ').toLowerCase()}`;
  let branch: Ent | undefined;
  for (let i = placed.length - 1; i >= 0 && !branch; i--) {
    const o = placed[i]!;
    if (o.c.span.start >= c.span.start || o.ent.kind !== 'organization') continue;
    if (o.ent.name.toLowerCase().endsWith(tail)) branch = o.ent;
  }
  // the word before is read only where a branch was named (rarely): "the Canadian Red Cross"
  // names another branch
  if (!branch) return undefined;
  const before = /(\S+)\s+$/.exec(store.text.slice(Math.max(0, c.span.start - 40), c.span.start));
  if (before && /^\p{Lu}/u.test(before[1]!) && before[1]!.toLowerCase() !== 'the') return undefined;
  return branch;
}

/** Places a mention, and keeps the first placed at each span for acronyms to find. */
function remember(placed: Placed[], bySpan: SpanMap<Placed>, o: Placed): void {
  placed.push(o);
  if (!bySpan.has(o.c.span)) bySpan.set(o.c.span, o);
}

/** Single words: a surname or first name of a person named in full, or a name of its own. */
function mergeSingles(
  store: EntityStore,
  fx: Effects,
  singles: Candidate[],
  placed: Placed[],
  firms: Map<string, Ent[]>,
) {
  singles.sort((a, b) => Number(b.person) - Number(a.person) || a.span.start - b.span.start);
  const bodies = bodiesByLastWord(placed);
  for (const c of singles) {
    const word = c.words[0] ?? '';
    if (!word) continue;
    const lower = word.toLowerCase();
    const surnames = store.bySurname.get(lower);
    // a gender guessed from first-name lists says nothing of a word used as a surname ("Blake")
    const gender = surnames && c.gender === FIRST_NAME_GENDER.get(lower) ? 'unknown' : c.gender;
    let ent =
      singleOf(store, fx, c, word, lower, gender, firms.get(lower), placed) ??
      (c.person ? undefined : lastWordOf(store, bodies, c));
    if (!ent && c.headline) continue;
    if (!ent) {
      if (c.person) {
        ent = store.newEnt(
          { ns: 'surname', word: lower },
          { kind: 'person', name: word, words: [word] },
        );
        store.persons.push(ent);
      } else {
        const kind = c.kind === 'unknown' ? 'other' : c.kind;
        ent = store.newEnt({ ns: 'named', kind, name: lower }, { kind, name: word, words: [word] });
      }
    }
    if (ent.kind === 'person' && ent.gender === 'unknown') ent.gender = gender;
    addDescriptors(ent, c.descriptors);
    const form: MentionForm =
      word === ent.name
        ? 'name'
        : ent.kind === 'location' && AMBIGUOUS_SEATS.has(word)
          ? 'metonym'
          : 'alias';
    placed.push({ c, ent, form });
  }
}

/** The entity a single word names, if it is known already. */
function singleOf(
  store: EntityStore,
  fx: Effects,
  c: Candidate,
  word: string,
  /** `word` lowercased, as the caller has it already. */
  lower: string,
  gender: Gender,
  firms: Ent[] | undefined,
  placed: readonly Placed[],
): Ent | undefined {
  const bearers = store.bySurname.get(lower);
  const surnames = bearers && bearers.length > 1 ? living(store, placed, bearers, c.span) : bearers;
  const firstNames = store.byFirstName.get(lower);
  let ent: Ent | undefined;
  // "Mr. Roe" beside "Ann Roe" is another Roe: a surname merges only where gender agrees
  // "Washington has warned": the state, even where someone of that surname is named
  if (AMBIGUOUS_SEATS.has(word) && !c.person && actsAsState(store.text, c.span))
    ent = seatOrPlace(store, fx, c.span, word);
  else if (surnames)
    ent =
      (surnames.length > 1
        ? (byAge(store, surnames, c.span) ??
          namedJustBefore(store, placed, agreeing(surnames, gender), c.span.start))
        : undefined) ??
      nearestFull(store, surnames, c.span.start, gender) ??
      store.keys.get({ ns: 'surname', word: lower });
  else if (firstNames?.length === 1 && !relativeOfAnother(c, firstNames[0]!)) ent = firstNames[0];
  else if (firms?.length === 1 && c.gender === 'unknown') ent = firms[0];
  else
    ent =
      store.keys.get({ ns: 'surname', word: lower }) ??
      store.keys.get({ ns: 'named', kind: 'organization', name: lower }) ??
      store.keys.get({ ns: 'named', kind: 'location', name: lower }) ??
      store.keys.get({ ns: 'named', kind: 'other', name: lower });
  if (!ent && AMBIGUOUS_SEATS.has(word)) ent = seatOrPlace(store, fx, c.span, word);
  return ent;
}

/** The person of that surname named in full most recently before `at` (or first), agreeing in gender. */
export function nearestFull(
  store: EntityStore,
  list: readonly Ent[],
  at: number,
  gender: Gender,
): Ent | undefined {
  const pool = agreeing(list, gender);
  // news names a relative by full or first name; a bare surname stays with whoever had it first
  return pool.find((e) => (store.fullNameStarts.get(e)?.[0] ?? Infinity) < at) ?? pool[0];
}

function addDescriptors(ent: Ent, descriptors: readonly string[]): void {
  for (const d of descriptors) if (!ent.descriptors.includes(d)) ent.descriptors.push(d);
}

/**
 * "Kemp's father, Joseph,": a first name given as the relative of someone named is that
 * relative, not another person of that first name ("Joseph Ward"), unless the surnames agree.
 */
function relativeOfAnother(c: Candidate, ent: Ent): boolean {
  const surname = ent.words.at(-1)?.toLowerCase();
  return c.descriptors.some((descriptor) => {
    const words = descriptor.toLowerCase().split(/\s+/);
    const owner = words[0]!.replace(/['\u2019]s$/, '');
    return owner !== words[0] && owner !== surname && KIN_NOUNS.has(words.at(-1)!);
  });
}
