// A relative "that" standing for the object a verb labels: "a fine that fans called absurd",
// "crowds that residents have likened to a carnival", "a man that critics painted as a crook".
import { LABEL_PARTICLES, NAMING_FORMS } from '../../lexicon/cues.js';
import {
  AUXILIARIES,
  DETERMINERS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  TIME_OPENERS,
} from '../../lexicon/words.js';
import { complementAfterAs } from '../cue-complements.js';
import { verbLike } from '../speakers.js';
import type { CueSite } from './types.js';

/**
 * The label follows the cue at once, at `after`: its particle ("likened to", "painted as"), or
 * after a verb of naming a word in lower case that no verb, preposition, pronoun, determiner or
 * time is ("called absurd"; "called on Friday", "called every day", "called Harbourline",
 * "called him" label nothing).
 */
export function labelAfterObject(site: CueSite, after: number): boolean {
  const { p, c, hi, lower } = site;
  if (after !== c + 1 || after >= hi || !p.isWord(after) || !p.outside(after)) return false;
  const next = p.lower(after);
  const particle = LABEL_PARTICLES.get(lower);
  if (particle) return next === particle && (next !== 'as' || complementAfterAs(p, after));
  if (!NAMING_FORMS.has(lower) || p.cap(after) || verbLike(p, after)) return false;
  const opensOther = [AUXILIARIES, PREPOSITIONS, PERSONAL_PRONOUNS, DETERMINERS, TIME_OPENERS];
  return !opensOther.some((words) => words.has(next)) && p.skipTimeForward(after, hi) === after;
}
