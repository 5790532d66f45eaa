// A title before a name, the second reading classifyName tries: "Prime Minister Ana Ruiz",
// "Dr. Jane Roe", "Liberal Ada Kemp".
import { FIRST_NAME_GENDER } from './gazetteer.js';
import { ORG_WORDS } from './data/organizations.js';
import { HONORIFIC_GENDER, ROLE_GENDER, type Gender } from './data/people.js';
import { PLACE_WORDS } from './data/places.js';
import { isDictionaryPhrase } from './data/dictionary.js';
import { PARTY_WORDS } from './data/name-words.js';
import {
  type Ctx,
  isCap,
  candidate,
  withoutNameSuffixes,
  withoutLettersAfter,
  isCommonWord,
  isTitleWord,
  isBareHonorific,
} from './name-scan.js';
import { surnameBeforeGivenName, titleAsFirstName } from './name-orders.js';
import { addContext } from './name-context.js';
import { cueClass } from '../lexicon/cues.js';
import { ARTICLES } from '../lexicon/words.js';
import type { NameRun } from './name-clues.js';
import { firstNameAndPlaceSurname } from './place-names.js';
import { isRoleNoun } from './role-words.js';
import { pageantTitle, thingWordInName } from './thing-clues.js';

/** 2. a title before a name: "Prime Minister Ana Ruiz", "Dr. Jane Roe", "Secretary of State X". */
export function titledName(ctx: Ctx, r: NameRun): boolean {
  const { tokens, text } = ctx;
  const { start, end, wordIdx, lowers } = r;
  let titleEnd = -1;
  for (let w = 0; w < wordIdx.length - 1; w++) {
    const lower = lowers[w]!;
    // a plural role ("Senators") titles a name only first: "Department of Veterans Affairs" is no title
    const plural = !isRoleNoun(lower) && !HONORIFIC_GENDER.has(lower) && !PARTY_WORDS.has(lower);
    // ... and one after "for" or "of" is whom a body serves: "Institute for Patient Safety"
    const served = w > 0 && (lowers[w - 1] === 'for' || lowers[w - 1] === 'of');
    if (isTitleWord(lower) && (w === 0 || (!ORG_WORDS.has(lower) && !plural && !served)))
      titleEnd = w;
    else if (titleEnd >= 0 && (lower === 'of' || lower === 'for') && w + 2 < wordIdx.length) {
      // "Minister of Municipal Affairs Ric McIver": the name starts at a first name, else is the last two words
      let nameFrom = wordIdx.length - Math.min(2, wordIdx.length - w - 2);
      for (let p = w + 2; p < wordIdx.length; p++) {
        if (FIRST_NAME_GENDER.has(lowers[p]!)) {
          nameFrom = p;
          break;
        }
      }
      // "the Minister of Coastal Trade Renewal": after an article, no first name, no name
      if (nameFrom === wordIdx.length - 2 && ARTICLES.has(tokens[start - 1]?.lower ?? ''))
        return false;
      titleEnd = nameFrom - 1;
      break;
    }
  }
  if (titleEnd === 0 && titleAsFirstName(ctx, r)) return true;
  if (titleEnd >= 0) {
    const nameIdx = wordIdx.slice(titleEnd + 1);
    const nameLowers = lowers.slice(titleEnd + 1);
    if (
      nameIdx.length > 0 &&
      nameIdx.length <= 4 &&
      partyTitleFits(ctx, r, titleEnd, nameLowers) &&
      isCap(text, tokens[nameIdx[0]!]!) &&
      !(nameIdx.length === 1 && (isCommonWord(ctx, nameLowers[0]!) || cueClass(nameLowers[0]!))) &&
      !(nameIdx.length > 1 && isDictionaryPhrase(nameLowers)) &&
      !isRoleNoun(nameLowers[nameLowers.length - 1]!) && // "Chief Harbour Economist"
      !thingWordInName(nameLowers) &&
      // "Ms. Lane", "Dr. Park": after Mr. or Ms. a place word is a surname
      // and so it is after a title and a first name: "Coach Drew Hill"
      (isBareHonorific(lowers[titleEnd]!) ||
        firstNameAndPlaceSurname(nameLowers) ||
        surnameBeforeGivenName(ctx, nameIdx, 0) ||
        !nameLowers.some((w) => PLACE_WORDS.has(w))) &&
      !pageantTitle(lowers[titleEnd]!, nameLowers)
    ) {
      const nameStart = nameIdx[0]!;
      const c = candidate(ctx, nameStart, withoutLettersAfter(ctx, nameStart, end), 'person', {
        person: true,
      });
      c.words = withoutNameSuffixes(c.words);
      if (!c.words.length) return true;
      let gender: Gender = 'unknown';
      const titleWords: string[] = [];
      for (let w = 0; w <= titleEnd; w++) {
        const g = HONORIFIC_GENDER.get(lowers[w]!) ?? ROLE_GENDER.get(lowers[w]!);
        if (g && g !== 'unknown') gender = g;
        const token = tokens[wordIdx[w]!]!;
        // an abbreviation keeps its period: "Coun.", "B.C. Premier"
        const period = tokens[wordIdx[w]! + 1];
        const glued = period?.lower === '.' && period.start === token.end;
        titleWords.push(text.slice(token.start, glued ? period.end : token.end));
      }
      c.gender =
        gender !== 'unknown'
          ? gender
          : (FIRST_NAME_GENDER.get(c.words[0]!.toLowerCase()) ?? 'unknown');
      const title = titleWords.filter((w) => !isBareHonorific(w)).join(' ');
      if (title) c.descriptors.push(title);
      addContext(ctx, c, start, end);
      ctx.out.push(c);
      return true;
    }
  }
  return false;
}

/**
 * A party adjective alone titles a name ("Liberal Ada Kemp", "Democrat Kemp"), but not another
 * title ("Liberal MPs", "Progressive Conservative") nor a name after an article ("the Silver Lantern").
 */
function partyTitleFits(ctx: Ctx, r: NameRun, titleEnd: number, nameLowers: string[]): boolean {
  if (nameLowers.length > 1) return true;
  const titles = r.lowers.slice(0, titleEnd + 1);
  if (titles.some((w) => isTitleWord(w) && !PARTY_WORDS.has(w))) return true;
  return (
    titles.every((w) => PARTY_WORDS.has(w)) &&
    !isTitleWord(nameLowers[0]!) &&
    !ARTICLES.has(ctx.tokens[r.start - 1]?.lower ?? '')
  );
}
