/**
 * Prepositions and prepositional participles that open a sentence to frame it ("Unlike the
 * others, ...", "Assuming voters agree, ..."): never the first word of a name. All lowercase,
 * sorted.
 */
export const FRAMING_OPENERS = new Set([
  'according',
  'amid',
  'amidst',
  'assuming',
  'barring',
  'concerning',
  'considering',
  'excluding',
  'following',
  'including',
  'notwithstanding',
  'regarding',
  'unlike',
]);
