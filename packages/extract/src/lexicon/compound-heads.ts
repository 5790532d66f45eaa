/**
 * Words that follow a hyphen in an English compound built on a name ("Ottawa-based", "Tory-led",
 * "Cold War-era"): such a token is not a hyphenated given name ("Jae-in", "Sol-ju"). Words
 * ending in "-ed" are compounds already and need no entry. All lowercase, sorted.
 */
export const HYPHEN_COMPOUND_HEADS = new Set([
  'area',
  'born',
  'bound',
  'day',
  'era',
  'free',
  'like',
  'long',
  'made',
  'old',
  'only',
  'run',
  'size',
  'style',
  'time',
  'type',
  'week',
  'wide',
  'year',
]);

/**
 * English prefixes shaped like a romanised syllable ("Pro-am", "Re-run", "Co-chair"): a word
 * hyphenated after one of these is a compound, never a given name such as "Ji-woo". Sorted.
 */
export const ENGLISH_PREFIXES = new Set([
  'bi',
  'co',
  'de',
  'mini',
  'non',
  'pre',
  'pro',
  're',
  'tri',
  'un',
]);
