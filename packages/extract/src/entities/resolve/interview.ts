import type { EntityStore } from '../store.js';
import type { Ent } from '../types.js';

/**
 * Who answers an interview's `A:` lines: the named person the article has spoken of most before
 * the answer (the one introduced first, on a tie). The `Q:` lines are the interviewer's, whom an
 * interview rarely names.
 */
export function interviewee(store: EntityStore, before: number): Ent | undefined {
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
  return best;
}
