import { BODY_NOUNS, FIRM_NOUNS, ORG_WORDS, PERIODICAL_WORDS } from './organizations.js';
/** Words that shape how a source phrase is read. */
export const FIRST_SECOND_PERSON = new Set([
  'i',
  'we',
  'me',
  'us',
  'you',
  'my',
  'our',
  'myself',
  'ourselves',
]);
export const HE = new Set(['he', 'him', 'his', 'himself']);
export const SHE = new Set(['she', 'her', 'hers', 'herself']);
export const IT = new Set(['it', 'its', 'itself']);
export const THEY = new Set(['they', 'them', 'their', 'themselves']);
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its']);

export const RELATIVE = new Set(['who', 'which', 'whom']);

/** A source written as a pronoun: "he", "they", "its", "who". */
export function isPronounWord(lower: string): boolean {
  return HE.has(lower) || SHE.has(lower) || IT.has(lower) || THEY.has(lower) || RELATIVE.has(lower);
}

/** Words that end the head of a source phrase: what follows only describes it. */
export const HEAD_ENDERS = new Set([
  ',',
  '(',
  ';',
  ':',
  'who',
  'which',
  'that',
  'of',
  'for',
  'at',
  'with',
  'from',
  'in',
  'on',
  'to',
  // "farmers near Brockton", "residents outside the town": where they are follows the head
  'near',
  'outside',
  'including',
  'familiar',
  'close',
  'speaking',
  'based',
  'working',
  'involved',
  'and',
]);
/** Things made by a source: "a Bloomberg poll" is Bloomberg's. */
export const ARTIFACT_NOUNS = new Set([
  'report',
  'reports',
  'study',
  'studies',
  'poll',
  'polls',
  'survey',
  'analysis',
  'investigation',
  'data',
  'figures',
  'statement',
  'release',
  'documents',
  'document',
  'filing',
  'filings',
  'research',
  'review',
  'audit',
  'memo',
  'letter',
  'email',
  'e-mail',
  'notice',
  'records',
  'estimates',
  'projections',
  'forecast',
  'numbers',
  'statistics',
  'paper',
  'papers',
  'article',
  'book',
  'brief',
  'complaint',
  'lawsuit',
  'indictment',
  'ruling',
  'transcript',
  'post',
  'posts',
]);

/** Things with words on them that are read out ("the sign read"), besides ARTIFACT_NOUNS. */
export const WRITTEN_NOUNS = new Set([
  'banner',
  'caption',
  'card',
  'headline',
  'message',
  'note',
  'placard',
  'plaque',
  'sign',
  'tweet',
]);

/** Artifacts a party issues in its own voice: "the statement said" is whoever just spoke through it. */
export const STATEMENT_NOUNS = new Set([
  'statement',
  'release',
  'memo',
  'letter',
  'email',
  'notice',
  'post',
  'tweet',
]);

/**
 * Statements that are the last speaker's words with none introduced before ("The statement also
 * said ..."); a memo, a letter, an email ... is someone's only once spoken of.
 */
export const SPEAKERS_STATEMENT_NOUNS = new Set(['release', 'statement']);

/**
 * Words after an artifact noun that end the head of its phrase: who made it, its title, where it
 * was put ("a report by the agency", "a document titled ...", "a statement posted on ...").
 */
export const ARTIFACT_TAIL_WORDS = new Set([
  'by',
  'called',
  'entitled',
  'headlined',
  'posted',
  'titled',
]);

/** Participles that say where an artifact was put ("a statement posted on the union's website"). */
export const PLACING_PARTICIPLES = new Set([
  'posted',
  'published',
  'released',
  'shared',
  'uploaded',
]);

/**
 * Artifact nouns for a written finding that a later one of them may name again ("A report by the
 * agency ... The study said"): not a statement, a letter or a lawsuit, which are their own.
 */
export const FINDING_NOUNS = new Set([
  'analysis',
  'audit',
  'document',
  'paper',
  'poll',
  'report',
  'research',
  'review',
  'study',
  'survey',
]);

/** Nouns for a club or a group: "the team" is the club last named, whatever its name says. */
export const GROUP_NOUNS = new Set([
  'team',
  'club',
  'squad',
  'franchise',
  'group',
  'organization',
  'organisation',
  'charity',
]);

/** Of GROUP_NOUNS, those for a sports side: "the club" is never a business named "... Co." */
export const TEAM_NOUNS = new Set(['club', 'franchise', 'squad', 'team']);

/** A noun for a body ("the agency", "the company", "the club"), singular: never a person. */
export function isBodyNoun(noun: string): boolean {
  return (
    BODY_NOUNS.has(noun) ||
    (ORG_WORDS.has(noun) && !PERIODICAL_WORDS.has(noun)) ||
    FIRM_NOUNS.has(noun) ||
    GROUP_NOUNS.has(noun)
  );
}

/** How far back, in mentions, a pronoun or a definite description looks for its antecedent. */
export const LOOKBACK = 60;

/** Participles that open a sentence with who was asked ("Asked about Ann Roe, he said ..."). */
export const FRONTED_PARTICIPLES = new Set(['asked', 'pressed', 'questioned', 'told']);

/** Participles that link an artifact to its maker ("a report released by", "a statement circulated to members by"). */
export const ISSUING_PARTICIPLES = new Set([
  'circulated',
  'commissioned',
  'distributed',
  'issued',
  'prepared',
  'published',
  'released',
  'sent',
  'signed',
]);

/** Prepositions linking a person's noun to a place or body after it: "a resident of Kremen". */
export const POSTMODIFIER_LINKS = new Set(['at', 'from', 'in', 'of']);
/** Words after a whole group that leave someone out of it: "everyone but", "no one except". */
export const LEAVING_OUT_WORDS = new Set(['apart', 'besides', 'but', 'except']);
