import type { EntityKind } from '@sourcetrace/article-model';

/** Letters of a name in capitals that stays so: an acronym ("US", "UAE", "VP"). */
const MAX_ACRONYM = 3;

/**
 * The name as a reader writes it: a person or a place found only in capitals ("KOFI MENSAH"
 * in a caption, "ORRIN BAY" in a dateline, "HARTLEY:" in a transcript) in title case, with
 * abbreviations ("J.P.", "U.S.") and a short acronym ("US") kept; any other name as written.
 */
export function readableName(name: string, kind: EntityKind): string {
  if ((kind !== 'person' && kind !== 'location') || !SHOUTED.test(name)) return name;
  const words = name.split(' ');
  if (words.length === 1 && name.length <= MAX_ACRONYM) return name;
  return words.map((word) => (word.includes('.') ? word : titleCase(word))).join(' ');
}

/** Capitals only, two letters at least, no lower-case letter. */
const SHOUTED = /^(?=(?:.*\p{Lu}){2})[^\p{Ll}]+$/u;

/** "MENSAH" -> "Mensah", "O'BRIEN" -> "O'Brien", "JEAN-LUC" -> "Jean-Luc". */
function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(
      /(^|['\u2019-])(\p{L})/gu,
      (_, mark: string, letter: string) => mark + letter.toUpperCase(),
    );
}
