import { ISSUING_PARTICIPLES, LOOKBACK } from '../data/source-words.js';
import type { EntityStore } from '../store.js';
import type { Ent } from '../types.js';

/** How many sentences back a report or study introduced with its maker is looked for. */
const SENTENCES_BACK = 4;
const ISSUED = [...ISSUING_PARTICIPLES].join('|');

/**
 * "A report by the transit agency found ... The report said ...": a definite artifact with no
 * maker of its own is the one introduced shortly before with the same noun, and speaks for
 * whoever made that one, named after it ("a study from", "a report released by"), before it
 * ("the agency's report", "a Gazette poll") or as the subject issuing it ("the agency released
 * a report"). `head` is the artifact noun in lower case.
 */
export function earlierArtifactMaker(
  store: EntityStore,
  before: number,
  head: string,
): Ent | undefined {
  const from = store.sentenceStartBack(before, SENTENCES_BACK);
  const { makerAfter, makerBefore, issuedBy } = makerPatterns(head);
  let maker: Ent | undefined;
  store.index.eachBefore(before, LOOKBACK, (m) => {
    if (m.span.start < from) return true;
    if (m.quoted || (m.ent.kind !== 'organization' && m.ent.kind !== 'person')) return false;
    // an artifact taken for a body of its own ("new poll") makes nothing
    if (m.ent.name.toLowerCase().includes(head)) return false;
    const textBefore = store.text.slice(Math.max(from, m.span.start - 60), m.span.start);
    const textAfter = store.text.slice(m.span.end, m.span.end + 80);
    if (makerAfter.test(textBefore) || makerBefore.test(textAfter) || issuedBy.test(textAfter))
      maker = m.ent;
    return maker !== undefined;
  });
  return maker;
}

interface MakerPatterns {
  makerAfter: RegExp;
  makerBefore: RegExp;
  issuedBy: RegExp;
}

/**
 * The patterns by artifact noun (ARTIFACT_NOUNS, a closed list), built once: a Unicode pattern
 * costs more to build than to run.
 */
const PATTERNS_BY_HEAD = new Map<string, MakerPatterns>();

function makerPatterns(head: string): MakerPatterns {
  let patterns = PATTERNS_BY_HEAD.get(head);
  if (!patterns) {
    patterns = {
      makerAfter: new RegExp(
        String.raw`\b${head}\s+(?:(?:${ISSUED})\s+)?(?:by|from)\s+(?:the\s+)?$`,
        'i',
      ),
      makerBefore: new RegExp(String.raw`^(?:['\u2019]s)?\s+(?:\p{L}+\s+)?${head}\b`, 'iu'),
      // "Harbour Rail released a white paper on winter": the maker is the subject of its issuing
      issuedBy: new RegExp(
        String.raw`^\s+(?:(?:has|have|had)\s+)?(?:${ISSUED})\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}${head}\b`,
        'iu',
      ),
    };
    PATTERNS_BY_HEAD.set(head, patterns);
  }
  return patterns;
}
