/**
 * Kinds of short lines that are not article prose, shared by the plain-text and HTML readers.
 *
 * Boilerplate is what news pages wrap around an article: affiliate disclaimers, newsletter and share prompts,
 * advertisement slots, photo credits, copyright lines. Each rule describes a kind of page
 * furniture, not one site's wording. Only short lines are tested, so a long paragraph that
 * happens to mention a newsletter stays a paragraph and the cost stays linear.
 */

import { anyOf } from './patterns.js';

/** Longer lines are article prose, never furniture. */
const MAX_BOILERPLATE_LENGTH = 320;

/** A whole line that is nothing but a slot label or a prompt. */
const WHOLE_LINE =
  /^(?:advert(?:isement)?|sponsored(?: content)?|promoted|paid (?:content|post)|story continues(?: below(?: advertisement)?)?|continue reading(?: below| the main story)?|skip (?:to|past) .{0,60}|read more|read next|more on this story|related(?: articles| stories| topics| coverage)?|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|share(?: this(?: article| story| page)?| on \w+(?: \w+)?)?|(?:tweet|email|print|copy link|comments?|listen to this article|save(?: article)?|follow)|top stories|watch(?: now| live)?|(?:\d+ )?min(?:ute)? read|\(?photo(?:graph)?s?\)?|image|video|gallery|open in (?:app|new window)|loading(?:\.\.\.|…)?)[.:!…]?$/i;

const RULES: readonly RegExp[] = [
  // Affiliate and commission disclaimers ("... may earn a commission", "affiliate links").
  /\b(?:may|might|could|will|can)\s+(?:earn|receive|get|be paid)\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?(?:commission|share of (?:sales|the sale|revenue)|fee)\b/i,
  /\b(?:we|our (?:partners|publisher)|the publisher)\s+(?:earn|receive|get)s?\s+(?:an?\s+)?(?:affiliate\s+)?commissions?\b/i,
  /\baffiliate (?:links?|commissions?|partners?|programmes?|programs?|disclosure)\b/i,
  /\b(?:when|if) you (?:buy|purchase|shop|click|subscribe) (?:through|via|using|from|on) (?:the |our |these )?(?:links?|retailer)/i,
  /\b(?:independently|editorially) (?:selected|chosen|reviewed)\b.*\b(?:commission|partners?|links?)\b/i,
  // Newsletter, sign-up and follow prompts.
  /^(?:sign up|subscribe|register|join|get)\b.{0,200}\b(?:newsletter|inbox|updates|alerts|digest|briefing|free|today|now)\b/i,
  /\bnewsletters?\b.{0,160}\b(?:inbox|sign up|subscribe|delivered|every (?:morning|day|week|weekday))\b/i,
  /\b(?:sign up|subscribe)\b.{0,160}\bnewsletters?\b/i,
  /^(?:follow|like) us on\b/i,
  // "Follow Jane Roe on Twitter @janeroe": the writer's own accounts, a stray mark allowed before
  /^["\u201c']?\s*follow\s[^.!?]{1,60}\son\s(?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok|mastodon)\b[^.!?]{0,60}\.?$/i,
  /^(?:click|tap) here\b/i,
  /^(?:download|get) (?:our|the) (?:free )?app\b/i,
  // Cross-links and share prompts that introduce another story ("Read more: ...").
  /^(?:read|see|watch|listen)(?: more| next| also)?\s*:/i,
  /^(?:related|more|also read|recommended|must read)\s*:/i,
  /^share (?:this|on|via)\b/i,
  // Photo and image credits, standing alone (an agency's credit line: AGENCY_CREDIT below).
  /^\(?(?:photo(?:graph)?|image|picture|pic|video|illustration|credit|source)s?(?: credit)?\s*:[^.]{0,120}\)?\.?$/i,
  // Copyright and rights lines.
  /^(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  // Wire-service production lines ("Reporting by ...; Editing by ...").
  /^(?:additional )?(?:reporting|writing|editing) by\b.{0,200}$/i,
  /^this (?:article|story|piece|report)\b.{0,40}\b(?:was|has been|first|originally)\b.{0,40}\b(?:published|appeared|updated|amended|corrected)\b/i,
  // Time stamps: "Posted: Nov 3, 2026 4:12 PM | Last Updated: 2 hours ago"
  // (a period only after a month's or the time of day's abbreviation: "Nov. 3", "4:12 p.m.")
  /^(?:posted|published|updated|last updated|first published)\s*(?::|on\b)\s*(?:[^.!?]|(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|a|p|a\.m|p\.m))\.){0,120}$/i,
];

/**
 * Every rule not anchored at the start of the line hinges on one of these words; testing for
 * them once first keeps ordinary prose cheap (most lines of an article are prose).
 */
const UNANCHORED_KEYWORDS =
  /commission|\bfee\b|share of|affiliate|\byou\b|partner|link|newsletter|rights reserved/i;

// Tested as one pattern for the anchored rules and one for the others: most lines fail every
// anchored rule at their first words, and one pass over the line says so.
const ANCHORED = anyOf([WHOLE_LINE, ...RULES.filter((rule) => rule.source.startsWith('^'))]);
const UNANCHORED = anyOf(RULES.filter((rule) => !rule.source.startsWith('^')));

/**
 * A photo agency's credit standing alone ("Jane Roe/Getty Images"). Kept out of ANCHORED: its
 * leading `[^.]{0,80}` tries the agencies at every word, so it is only run on a line short
 * enough and without a full stop, as any line it matches is.
 */
const AGENCY_CREDIT =
  /^[^.]{0,80}\b(?:getty images|shutterstock|alamy|afp via getty|reuters\/|ap photo|pa media|pa wire|epa(?:-efe)?)\b[^.]{0,40}$/i;
/** 80 + the longest agency ("afp via getty") + 40. */
const MAX_AGENCY_CREDIT_LENGTH = 133;

export function isBoilerplate(line: string): boolean {
  if (line.length > MAX_BOILERPLATE_LENGTH) return false;
  if (ANCHORED.test(line)) return true;
  if (line.length <= MAX_AGENCY_CREDIT_LENGTH && !line.includes('.') && AGENCY_CREDIT.test(line))
    return true;
  return UNANCHORED_KEYWORDS.test(line) && UNANCHORED.test(line);
}

/** A short caption marker or a picture description that ends in a credit. */
const CAPTION_PREFIX =
  /^(?:image caption|photo caption|caption|pictured|above|below|top|main image|file photo|in pictures)\s*[:\-–—]/i;
const CREDIT_SUFFIX =
  /\s(?:\((?:photo(?:graph)?|image|picture|credit|pic)s?\s*:[^()]{1,120}\)|(?:photo(?:graph)?|image|picture|credit)s?\s*:\s*[^.:]{1,100})\.?$/i;

export function isCaption(line: string): boolean {
  if (line.length > MAX_BOILERPLATE_LENGTH) return false;
  return CAPTION_PREFIX.test(line) || (line.includes(':') && CREDIT_SUFFIX.test(line));
}

/** A credit line: "By Jane Roe", "Jane Roe, Political Reporter", "Jane Roe | Harbour Post". */
export function isByline(line: string): boolean {
  if (line.length > 100 || (/[.!?:;]$/.test(line) && !/\b\p{Lu}\.$/u.test(line))) return false;
  return BY_NAME.test(line) || NAME_ROLE.test(line) || NAME_OUTLET.test(line);
}

const NAME = String.raw`\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|da|van|von|al|bin|le|la))*`;
// "By Jane Roe", "By Jane Roe and Li Wei", "BY JANE ROE, Political Editor"
const BY_NAME = new RegExp(
  String.raw`^(?:By|BY|by)\s+${NAME}(?:\s*(?:,|and|&)\s*[^.!?]{0,60})?$`,
  'u',
);
// "Jane Roe, Political Reporter", "Jane Roe - Staff Writer"
const NAME_ROLE = new RegExp(
  String.raw`^${NAME}\s*[,|\-–—]\s*(?:[\p{L}'’&]+\s+){0,4}(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Jj]ournalist|[Cc]ontributor|[Ss]taff|[Bb]ureau [Cc]hief|[Pp]roducer)s?\b[^.!?]{0,40}$`,
  'u',
);
// "Jane Roe | Harbour Post"
const NAME_OUTLET = new RegExp(String.raw`^${NAME}\s+\|\s+\p{Lu}[^|.!?]{0,50}$`, 'u');
