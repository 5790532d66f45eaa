import type { Span } from '@sourcetrace/article-model';
import { FIRM_NOUNS, PUBLIC_BODY_WORDS } from '../data/organizations.js';
import type { Gender } from '../data/people.js';
import { HE, IT, LOOKBACK, RELATIVE, SHE, THEY } from '../data/source-words.js';
import type { Effects, EntityStore } from '../store.js';
import type { Ent } from '../types.js';

/**
 * The antecedent of a pronoun among the fitting mentions before it, outside quoted words:
 * within this and the previous sentence (or only this one, for `reach` 'sentence'), the
 * sentence's first name, then a recent speaker, then a sentence's first name, then the
 * nearest; further back, the nearest (unless `reach` keeps to the window).
 */
function antecedent(
  store: EntityStore,
  span: Span,
  fits: (e: Ent) => boolean,
  reach: 'sentence' | 'window' | 'any' = 'any',
): Ent | undefined {
  const sentences = store.sentences;
  const here = store.sentenceAt(span.start);
  const windowStart = sentences[Math.max(0, reach === 'sentence' ? here : here - 1)]?.start ?? 0;
  const windowOnly = reach !== 'any';
  const sentenceStart = sentences[here]?.start ?? 0;
  // in the pronoun's own sentence, the subject before it ("Ann Roe said she ..."), else the nearest
  let inSentence: Ent | undefined;
  let nearest: Ent | undefined;
  let speaker: Ent | undefined;
  let subject: Ent | undefined;
  let beyond: Ent | undefined;
  store.index.eachBefore(span.start, LOOKBACK, (m) => {
    if (m.quoted || !fits(m.ent)) return false;
    if (m.span.start < windowStart) {
      if (!nearest && !windowOnly) beyond = m.ent;
      return true;
    }
    nearest ??= m.ent;
    if (m.speaker) speaker ??= m.ent;
    const first = !subject && store.isSentenceFirst(m);
    if (first) subject = m.ent;
    if (m.span.start >= sentenceStart && (first || !inSentence))
      inSentence = first ? m.ent : (inSentence ?? m.ent);
    return false;
  });
  return beyond ?? inSentence ?? speaker ?? subject ?? nearest;
}

/** The entity a pronoun stands for, if one fits; a gender it agrees with sticks. */
export function resolvePronoun(
  store: EntityStore,
  fx: Effects,
  span: Span,
  lower: string,
): Ent | undefined {
  if (HE.has(lower) || SHE.has(lower)) {
    const want: Gender = HE.has(lower) ? 'male' : 'female';
    const single = (e: Ent) => (e.kind === 'person' || e.anonymous) && !e.plural;
    // a person known to fit nearby beats one of unknown gender
    const fitting = (e: Ent) => single(e) && (e.gender === want || e.gender === 'unknown');
    const ent =
      antecedent(store, span, fitting, 'sentence') ??
      antecedent(store, span, (e) => single(e) && e.gender === want, 'window') ??
      antecedent(store, span, fitting);
    if (ent && ent.gender === 'unknown' && !ent.anonymous) fx.gender(ent, want); // agreement sticks for later pronouns
    return ent;
  }
  if (IT.has(lower))
    return antecedent(
      store,
      span,
      (e) =>
        !e.plural &&
        (e.kind === 'organization' || e.kind === 'location' || (e.kind === 'other' && e.anonymous)),
    );
  if (THEY.has(lower)) return antecedent(store, span, (e) => e.plural || e.kind === 'organization');
  if (RELATIVE.has(lower))
    return antecedent(store, span, (e) => e.kind === 'person' || e.kind === 'organization');
  return undefined;
}

/** "the analyst" names the person last described as one ("military analyst X", "a spokesperson for Y"). */
export function describedBefore(store: EntityStore, span: Span, role: string): Ent | undefined {
  let found: Ent | undefined;
  store.index.eachBefore(span.start, LOOKBACK, (m) => {
    const ent = m.ent;
    if (
      (ent.kind === 'person' || (ent.anonymous && !ent.plural)) &&
      ent.descriptors.some((d) =>
        d
          .toLowerCase()
          .split(/[\s,]+/)
          .includes(role),
      )
    )
      found = ent;
    return found !== undefined;
  });
  return found;
}

/** "the chamber" names the organisation last mentioned with that word in its name. */
export function namedBodyBefore(store: EntityStore, span: Span, noun: string): Ent | undefined {
  const firm = FIRM_NOUNS.has(noun);
  let found: Ent | undefined;
  store.index.eachBefore(span.start, LOOKBACK, (m) => {
    const ent = m.ent;
    if (ent.kind !== 'organization' || ent.anonymous) return false;
    const words = ent.name.toLowerCase().split(/\s+/);
    // "the company", "the chain": the business last named, not a public body or an outlet
    if (
      words.includes(noun) ||
      (firm && !ent.outlet && !words.some((w) => PUBLIC_BODY_WORDS.has(w)))
    )
      found = ent;
    return found !== undefined;
  });
  return found;
}
