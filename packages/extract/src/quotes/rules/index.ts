// The attribution rules in the order they are tried. To add a rule: write its module (name,
// what it produces, confidence, matcher) with a sibling test, list it here, add its name to
// the rule enums in @sourcetrace/article-model and a row to the README's rule table.
import { WordShapes } from '../../text/word-shapes.js';
import { accordingTo } from '../../claims/rules/according-to.js';
import { askedQuestion } from '../../claims/rules/asked-question.js';
import { inFinding } from '../../claims/rules/in-finding.js';
import { inView } from '../../claims/rules/in-view.js';
import { passiveAgent } from '../../claims/rules/passive-agent.js';
import { nounCue } from '../../claims/rules/noun-cue.js';
import { passiveHedge } from '../../claims/rules/passive-hedge.js';
import { stanceObject } from '../../claims/rules/stance-object.js';
import { afterSubject } from './after-subject.js';
import { asPutIt } from './as-put-it.js';
import { colonLead } from './colon-lead.js';
import { colonParagraph } from './colon-paragraph.js';
import { continuation } from './continuation.js';
import { coordinated } from './coordinated.js';
import { dash } from './dash.js';
import { headline } from './headline.js';
import { heardBy } from './heard-by.js';
import { inverted } from './inverted.js';
import { leading } from './leading.js';
import { namedAfter } from './named-after.js';
import { participle } from './participle.js';
import { purposeClause } from './purpose-clause.js';
import { quotedAsSaying } from './quoted-as-saying.js';
import { recentSpeaker } from './recent-speaker.js';
import { relativeClause } from './relative-clause.js';
import { runsOn } from './runs-on.js';
import { subjectVerb } from './subject-verb.js';
import { trailing } from './trailing.js';
import { transcript } from './transcript.js';
import { unattributed } from './unattributed.js';
import { unlistedVerb } from './unlisted-verb.js';
import type { Quoted } from '../marks.js';
import type {
  Attribution,
  AttributionRule,
  CueRule,
  DocumentRule,
  EndRule,
  HeadlineRule,
  UnitRule,
} from './types.js';

export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  // Once, on the article's first line: a headline names its speaker its own way.
  headline,
  // Once per unit, before any cue: the unit is one quote.
  dash,
  transcript,
  // At each trigger word not yet claimed, first match wins.
  accordingTo,
  inFinding,
  inView,
  passiveHedge,
  askedQuestion,
  nounCue,
  relativeClause,
  participle,
  coordinated,
  purposeClause,
  quotedAsSaying,
  inverted,
  trailing,
  leading,
  stanceObject,
  passiveAgent,
  asPutIt,
  // A unit with quoted words where no cue found anything.
  namedAfter,
  heardBy,
  colonParagraph,
  colonLead,
  subjectVerb,
  unlistedVerb,
  continuation,
  afterSubject,
  recentSpeaker,
  unattributed,
  // Over the whole document once every unit is read.
  runsOn,
];

const byStage = <R extends AttributionRule>(stage: R['stage']) =>
  ATTRIBUTION_RULES.filter((rule): rule is R => rule.stage === stage);

export const HEADLINE_RULES = byStage<HeadlineRule>('headline');
export const UNIT_RULES = byStage<UnitRule>('unit');
export const CUE_RULES = byStage<CueRule>('cue');
export const END_RULES = byStage<EndRule>('end');
export const DOCUMENT_RULES = byStage<DocumentRule>('document');

/** The document rules over each pair of neighbouring attributions, read backwards. */
export function applyDocumentRules(found: Attribution[], quoted: Quoted[]): void {
  // Found once, so a long transcript of quotes costs no rescans: the few passages left open,
  // and where every passage opens (a content span starts at the mark or just after it).
  const leftOpen = quoted.filter((q) => !q.closed);
  if (leftOpen.length === 0) return;
  const openings = new Set(quoted.flatMap((q) => [q.start, q.inner.start]));
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i]!;
    const next = found[i + 1]!;
    const rule = DOCUMENT_RULES.find((r) => r.match({ a, next, leftOpen, openings }));
    if (!rule) continue;
    a.source = next.source;
    a.carries = next;
    a.kind = 'continuation';
    a.rule = rule.name;
  }
}

/**
 * The cue rules each word triggers, in rule order: most words trigger none, and one lookup says
 * so; a trigger word then tries only its own rules.
 */
export const RULES_BY_TRIGGER: ReadonlyMap<string, readonly CueRule[]> = (() => {
  const byWord = new Map<string, CueRule[]>();
  for (const rule of CUE_RULES) {
    for (const word of rule.triggers) {
      const rules = byWord.get(word);
      if (rules) rules.push(rule);
      else byWord.set(word, [rule]);
    }
  }
  return byWord;
})();

const TRIGGER_SHAPES = new WordShapes(RULES_BY_TRIGGER.keys());

/** The cue rules the lowercased word triggers, in rule order, or undefined (most words). */
export function triggeredRules(lower: string): readonly CueRule[] | undefined {
  return TRIGGER_SHAPES.mayHold(lower) ? RULES_BY_TRIGGER.get(lower) : undefined;
}
