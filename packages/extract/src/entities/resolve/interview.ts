import type { EntityStore } from '../store.js';
import type { Ent } from '../types.js';

/** The interviewee of each document, chosen at its first answer. */
const chosen = new WeakMap<EntityStore, Ent | undefined>();

/**
 * Who answers an interview's `A:` lines: the named person the article has spoken of most before
 * its first answer (the one introduced first, on a tie). Chosen once per document, so a text of
 * many answers costs one count. The `Q:` lines are the interviewer's, whom an interview rarely
 * names.
 */
export function interviewee(store: EntityStore, before: number): Ent | undefined {
  if (chosen.has(store)) return chosen.get(store);
  let best: Ent | undefined;
  let most = 0;
  for (const person of store.persons) {
    if (person.anonymous) continue;
    let count = 0;
    for (const mention of person.mentions) if (mention.span.start < before) count++;
    if (count > most) {
      best = person;
      most = count;
    }
  }
  chosen.set(store, best);
  return best;
}
