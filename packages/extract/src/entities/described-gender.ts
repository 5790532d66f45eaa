import { KIN_NOUNS, ROLE_GENDER, type Gender } from './data/people.js';

/** The first gendered word of a person's descriptions ("a mother of two", "the actress"). */
export function genderFromDescriptors(descriptors: string[]): Gender {
  for (const d of descriptors) {
    for (const w of d.toLowerCase().split(/\s+/)) {
      const g = ROLE_GENDER.get(w);
      if (g) return g;
    }
  }
  return 'unknown';
}

/**
 * The gender of a relation heading a description: "his daughter", "the victim's eldest son",
 * "a mother of two". Only the head counts, so "lawyer for the woman" says nothing of the lawyer.
 */
export function relationGender(descriptors: readonly string[]): Gender | undefined {
  for (const d of descriptors) {
    const words = d.toLowerCase().split(/\s+/);
    // the head: the last word, or the word before "of" ("daughter of the late ...")
    const of = words.indexOf('of');
    const head = of > 0 ? of - 1 : words.length - 1;
    if (head > 3 || !KIN_NOUNS.has(words[head]!)) continue;
    const gender = ROLE_GENDER.get(words[head]!);
    if (gender) return gender;
  }
  return undefined;
}
