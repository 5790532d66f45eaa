// "An executive familiar with the talks said ... "...," the person said.": a word for anyone
// points back to the one unnamed person who spoke last.
import type { Span } from '@sourcetrace/article-model';
import { ONE_PERSON_OPENERS } from '../data/people.js';
import { LOOKBACK } from '../data/source-words.js';
import type { EntityStore } from '../store.js';
import type { Ent } from '../types.js';

/**
 * The unnamed person last introduced as a speaker ("a former employee", "an executive familiar
 * with the talks"), for "the person" or "the source" that nobody was described as (a person
 * named since is no "source": newspapers call only the unnamed so).
 */
export function unnamedSpeakerBefore(store: EntityStore, span: Span): Ent | undefined {
  let found: Ent | undefined;
  store.index.eachBefore(span.start, LOOKBACK, (m) => {
    if (m.quoted || !m.speaker) return false;
    const ent = m.ent;
    const phrase = ent.descriptors[0]?.toLowerCase() ?? '';
    const introduced = ONE_PERSON_OPENERS.has(phrase.split(/\s+/, 1)[0]!);
    if (ent.anonymous && !ent.plural && ent.kind === 'other' && introduced) found = ent;
    return found !== undefined;
  });
  return found;
}
