import type { Entity, Quote } from '@sourcetrace/article-model';

/**
 * How sure a quote's speaker is, from how it was found: named beside the cue, a pronoun with
 * one person in reach, a description or a pronoun among several, a guess, or nobody. Users
 * filter on it, so 0.8 and above is kept for speakers that are right nearly every time.
 */
export const SPEAKER_CONFIDENCE = {
  /** The speaker's name (or alias) is in the source phrase: "Ann Roe said", "said the Herald". */
  named: 0.95,
  /** A pronoun with only one person named in the stretch before it. */
  soleCandidate: 0.8,
  /** A pronoun among several people, a description ("the rookie defenceman"), an unnamed source. */
  inferred: 0.6,
  /** A quote with no cue given to a speaker nearby (after a description, a paragraph later). */
  guessed: 0.5,
  /** No speaker found. */
  none: 0.3,
} as const;

/** How far back (UTF-16 code units) a pronoun's candidates are counted: a few paragraphs. */
const PRONOUN_REACH = 1000;

const PRONOUN_GENDER = new Map([
  ...['he', 'him', 'his', 'himself'].map((w) => [w, 'm'] as const),
  ...['she', 'her', 'hers', 'herself'].map((w) => [w, 'f'] as const),
]);

/** Rules that attribute a quote without a cue of its own, so even a named speaker is a guess. */
const GUESSING_RULES = new Set(['after-subject', 'recent-speaker', 'colon-lead']);

/** Sets every quote's confidence from how its speaker was found. */
export function calibrateConfidence(text: string, quotes: Quote[], entities: Entity[]): Quote[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const people = entities.filter((e) => e.kind === 'person');
  const pronouns = new Map(people.map((e) => [e, pronounsOf(text, e)]));
  return quotes.map((quote) => {
    const speaker = quote.speakerId ? byId.get(quote.speakerId) : undefined;
    return { ...quote, confidence: speakerConfidence(quote, speaker, pronouns) };
  });
}

/** The genders an entity was referred to by: "m" for he/him/his, "f" for she/her. */
function pronounsOf(text: string, entity: Entity): Set<string> {
  const genders = new Set<string>();
  for (const m of entity.mentions) {
    if (m.form !== 'pronoun') continue;
    const gender = PRONOUN_GENDER.get(text.slice(m.span.start, m.span.end).toLowerCase());
    if (gender) genders.add(gender);
  }
  return genders;
}

function speakerConfidence(
  quote: Quote,
  speaker: Entity | undefined,
  pronouns: Map<Entity, Set<string>>,
): number {
  const source = quote.source;
  if (!speaker || !source) return SPEAKER_CONFIDENCE.none;
  const rule = quote.rule?.replace(/^(direct|mixed|indirect):/, '') ?? '';
  if (GUESSING_RULES.has(rule)) return SPEAKER_CONFIDENCE.guessed;
  const inSource = speaker.mentions.filter(
    (m) => m.span.start >= source.start && m.span.end <= source.end,
  );
  if (inSource.some((m) => m.form === 'name' || m.form === 'alias'))
    return SPEAKER_CONFIDENCE.named;
  if (inSource.some((m) => m.form === 'pronoun') && speaker.kind === 'person') {
    // people named in reach who could be this pronoun (never referred to by another one)
    const own = pronouns.get(speaker) ?? new Set<string>();
    const candidates = [...pronouns].filter(
      ([person, forms]) =>
        (forms.size === 0 || [...forms].some((f) => own.has(f))) &&
        person.mentions.some(
          (m) =>
            m.form !== 'pronoun' &&
            m.span.end <= source.start &&
            m.span.start >= source.start - PRONOUN_REACH,
        ),
    );
    if (candidates.length === 1 && candidates[0]![0] === speaker)
      return SPEAKER_CONFIDENCE.soleCandidate;
  }
  return SPEAKER_CONFIDENCE.inferred;
}
