import { z } from 'zod';

/** The extraction rules that find a quote, in the order the extractor tries them. */
const QUOTE_RULES = [
  'headline',
  'dash',
  'transcript',
  'according-to',
  'in-view',
  'noun-cue',
  'relative-clause',
  'participle',
  'coordinated',
  'purpose-clause',
  'quoted-as-saying',
  'inverted',
  'trailing',
  'leading',
  'as-put-it',
  'named-after',
  'heard-by',
  'colon-paragraph',
  'colon-lead',
  'subject-verb',
  'unlisted-verb',
  'continuation',
  'after-subject',
  'recent-speaker',
  'unattributed',
  'runs-on',
] as const;

/** The extraction rules that find a claim, in the order the extractor tries them. */
const CLAIM_RULES = [
  'according-to',
  'in-finding',
  'in-view',
  'passive-hedge',
  'asked-question',
  'noun-cue',
  'relative-clause',
  'participle',
  'coordinated',
  'inverted',
  'trailing',
  'leading',
  'stance-object',
  'passive-agent',
  'adverb-hedge',
  'appearance-hedge',
  'own-assertion',
] as const;

export type QuoteRule = (typeof QUOTE_RULES)[number];
export type ClaimRule = (typeof CLAIM_RULES)[number];
export type RuleName = QuoteRule | ClaimRule;

/** One plain-language line per rule, for readers of an article (web viewer, TUI, API docs). */
export const RULE_EXPLANATIONS: Readonly<Record<RuleName, string>> = {
  headline:
    'The headline or a section heading names who speaks: a name or role and a colon ("Ruiz: ...", "Ruiz to Pilots: ..."), "..., Ana Ruiz Says" (in sentence case "..., Ana Ruiz says", "..., she says"), "Ana Ruiz Says ..." or "Ana Ruiz Calls the Levy \'Theft\'".',
  dash: 'A dash joins the words to the name of whoever said them ("..." — Ana Ruiz).',
  transcript:
    "A transcript or interview line: a name in capitals, a name found in the text, or an interview's Q or A, a colon, then what was said.",
  'according-to': 'The sentence says whose statement it is with "according to ...".',
  'in-finding':
    'A poll, survey, study or report the sentence is "in" is its source ("In a new poll, ...").',
  'in-view':
    'A point of view set off by commas names whose claim the clause is ("In the mayor\'s view, ...", "in the eyes of many riders", "..., in her opinion.").',
  'passive-hedge':
    'A passive phrase passes the statement or a view on without a source ("It is rumoured that ...", "The plan is widely seen as ...").',
  'asked-question':
    'What someone was asked, reported without naming who asked ("Asked whether she would run, ...").',
  'noun-cue':
    'A possessive and a noun of saying name the source ("the mayor\'s claim that ..."), as do a name after "from" ("a warning from Tom Bell that ...") and the subject of a verb putting the noun forward ("made the case that ..."); quoted words after it and a colon are a quote ("Ann Roe\'s message was clear: ...").',
  'relative-clause':
    'A clause like ", who said ..." after a name: the named person or body is the speaker.',
  participle:
    'A verb like "adding" or "saying" after a comma: the speaker of the clause it hangs on goes on; "a group backing ..." is that group\'s stance.',
  coordinated: 'A second verb of saying after "and" or "but" shares the subject before it.',
  'purpose-clause':
    'A verb of saying after "to", in what the subject did to say it ("took to social media to say ...").',
  inverted:
    'The verb comes before the speaker, after the words ("..., said Ana Ruiz") or opening the sentence before them ("Said Ana Ruiz: ...").',
  trailing: 'The speaker and verb follow the words ("...," she said).',
  leading: 'The speaker and verb come first, then what was said ("Ann Roe said that ...").',
  'stance-object':
    'A named speaker criticises, praises, disputes ... something named, not a clause ("the union criticised the plan").',
  'as-put-it':
    'The sentence is someone\'s words "as they put it", "as they said", "in their words" or "as reported by" them ("..., as Ann Roe put it.").',
  'colon-paragraph': 'The previous paragraph ended "... said:", introducing this one.',
  'colon-lead': 'A lead-in ending in a colon introduces the quote and names its speaker.',
  'subject-verb':
    'A sentence opening on a name and a verb that is no known cue ("Ann Roe shot back, ...") gives its quoted words to that name.',
  'unlisted-verb':
    'A quote closing on a comma, "!" or "?", then only a speaker and a verb no list holds ("...," Ann Roe smiled.), is that speaker\'s.',
  continuation:
    'Quoted words with no verb of their own carry on the speaker just quoted; in a transcript, the turn runs to the end of its paragraph.',
  'quoted-as-saying':
    'Wire copy names the speaker after "quoted" and the one who carried the words before it ("The agency quoted Ann Roe as saying ...").',
  'named-after':
    'A quote that makes its sentence, then "That was the warning from Ann Roe", "Those were the words of one pilot" or "That was how Ann Roe put it": the sentence after it names whose it was; or the quote then "was all Ann Roe would say".',
  'heard-by':
    'A quote a court or jury heard ("...," the jury heard.) names who listened: its speaker is unknown.',
  'after-subject':
    'A quote right after a sentence that names someone is taken as theirs, unless a verb of saying after it names another speaker.',
  'recent-speaker':
    "A quote opening a paragraph, with no verb of its own, is taken as the last named speaker's.",
  unattributed: 'Quoted words for which no speaker was found.',
  'runs-on': 'A quote left open at the paragraph end is said by whoever is named where it ends.',
  'passive-agent':
    'A passive with "by" and someone names whose stance on the subject it is ("The plan was criticised by residents").',
  'adverb-hedge': 'An adverb like "reportedly" or "allegedly" passes the sentence on unconfirmed.',
  'appearance-hedge':
    'A verb like "appears" or "seems" passes the sentence on as how things look, unconfirmed.',
  'own-assertion': "A statement in the article's own voice, with no source.",
};

/** The explanations of some rules as a Markdown list, for the schema documentation. */
function listed(rules: readonly RuleName[]): string {
  return rules.map((rule) => `- \`${rule}\`: ${RULE_EXPLANATIONS[rule]}`).join('\n');
}

/**
 * The rule that found a quote. Every quote names its rule, so a reader can see why it was found.
 */
export const QuoteRule = z.enum(QUOTE_RULES).meta({
  id: 'QuoteRule',
  description: `The extraction rule that found a quote:\n${listed(QUOTE_RULES)}`,
});

/** The rule that found a claim. */
export const ClaimRule = z.enum(CLAIM_RULES).meta({
  id: 'ClaimRule',
  description: `The extraction rule that found a claim:\n${listed(CLAIM_RULES)}`,
});

/**
 * Stored articles from before rule names were an enum wrote the quote kind in front of the rule
 * (`direct:leading`); that prefix is dropped so they still parse.
 */
function withoutKindPrefix(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/^(direct|mixed|indirect):/, '') : value;
}

/** A quote's rule as stored: an old `kind:rule` value parses as its rule. */
export const StoredQuoteRule = z.preprocess(withoutKindPrefix, QuoteRule);
/** A claim's rule as stored: an old `kind:rule` value parses as its rule. */
export const StoredClaimRule = z.preprocess(withoutKindPrefix, ClaimRule);

const QUOTE_RULE_SET: ReadonlySet<string> = new Set(QUOTE_RULES);
const CLAIM_RULE_SET: ReadonlySet<string> = new Set(CLAIM_RULES);

export function isQuoteRule(rule: string): rule is QuoteRule {
  return QUOTE_RULE_SET.has(rule);
}

export function isClaimRule(rule: string): rule is ClaimRule {
  return CLAIM_RULE_SET.has(rule);
}
