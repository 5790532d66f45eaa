import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DETERMINER_WORDS } from '../entities/data/name-words.js';
import { LEADING_DETERMINERS } from '../entities/data/words.js';
import * as claimWords from './claim-words.js';
import { CUE_FORMS, isBaseForm } from './cues.js';
import * as htmlTags from './html-tags.js';
import * as quoteWords from './quote-words.js';
import * as words from './words.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Every data-only module whose lists the rules consult. */
const LIST_FILES = [
  ...readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(here, f)),
  ...readdirSync(join(here, '../entities/data'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(here, '../entities/data', f)),
];

const MODULES = { words, quoteWords, claimWords, htmlTags };

/** Each exported set or map of the lexicon modules, by name. */
type List = ReadonlySet<string> | ReadonlyMap<string, unknown>;
function exportedLists(): [string, List][] {
  return Object.entries(MODULES).flatMap(([module, exports]) =>
    Object.entries(exports)
      .filter(([, value]) => value instanceof Set || value instanceof Map)
      .map(([name, value]): [string, List] => [`${module}.${name}`, value as List]),
  );
}

/** The string literals written in each `new Set([...])` / `new Map([[key, ...]])` of a file. */
function literalLists(file: string): { line: number; entries: string[] }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: { line: number; entries: string[] }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      (node.expression.text === 'Set' || node.expression.text === 'Map') &&
      node.arguments?.[0] &&
      ts.isArrayLiteralExpression(node.arguments[0])
    ) {
      const entries: string[] = [];
      const collect = (array: ts.ArrayLiteralExpression): void => {
        for (const element of array.elements) {
          const key =
            node.expression.getText(source) === 'Map' && ts.isArrayLiteralExpression(element)
              ? element.elements[0]
              : element;
          if (key && ts.isStringLiteral(key)) entries.push(key.text);
          // `...['a', 'b']` groups written inline belong to the same list
          if (ts.isSpreadElement(element) && ts.isArrayLiteralExpression(element.expression))
            collect(element.expression);
        }
      };
      collect(node.arguments[0]);
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push({ line: line + 1, entries });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function overlap(a: Iterable<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((w) => b.has(w));
}

function missing(subset: Iterable<string>, of: ReadonlySet<string>): string[] {
  return [...subset].filter((w) => !of.has(w));
}

describe('lexicon', () => {
  it('writes each list with its entries once', () => {
    const repeated: string[] = [];
    for (const file of LIST_FILES) {
      for (const { line, entries } of literalLists(file)) {
        const seen = new Set<string>();
        for (const entry of entries) {
          if (seen.has(entry)) repeated.push(`${file.slice(here.length - 7)}:${line} ${entry}`);
          seen.add(entry);
        }
      }
    }
    expect(repeated).toEqual([]);
  });

  it('keeps every entry lowercase and trimmed', () => {
    const lists = exportedLists();
    expect(lists.length).toBeGreaterThan(40);
    const bad = lists.flatMap(([name, list]) =>
      [...list.keys()]
        .filter((w) => !w || w !== w.toLowerCase() || w.trim() !== w)
        .map((w) => `${name}: ${JSON.stringify(w)}`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps apart the lists a rule tells apart', () => {
    const { AUXILIARIES, CUE_ADVERBS, DETERMINERS, PREPOSITIONS, PERSONAL_PRONOUNS } = words;
    const { CALENDAR_NAMES, HONORIFICS, AUDIENCE_WORDS, OUTLET_WORDS, NON_SPEAKERS } = words;
    const { RECIPIENT_CLOSERS, RECIPIENT_WORDS, LY_NOUNS, TRAILING_ADVERBS } = quoteWords;
    const { RELATIVE_PRONOUNS, COLLECTIVES } = quoteWords;
    const { HEDGE_ADVERBS } = claimWords;
    const { SKIPPED, BLOCK } = htmlTags;
    // an auxiliary or a hedge adverb is never itself the verb of saying
    expect(overlap(AUXILIARIES, CUE_FORMS)).toEqual([]);
    expect(overlap(HEDGE_ADVERBS, CUE_FORMS)).toEqual([]);
    // a phrase's determiner and a fronted preposition open different readings
    expect(overlap(DETERMINERS, PREPOSITIONS)).toEqual([]);
    // "told reporters that": the one told never closes the recipient phrase
    expect(overlap(RECIPIENT_WORDS, RECIPIENT_CLOSERS)).toEqual([]);
    // "a rally", "the family": nouns in -ly are not the adverbs a cue may carry
    expect(overlap(LY_NOUNS, CUE_ADVERBS)).toEqual([]);
    expect(overlap(LY_NOUNS, TRAILING_ADVERBS)).toEqual([]);
    expect(overlap(RELATIVE_PRONOUNS, PERSONAL_PRONOUNS)).toEqual([]);
    expect(overlap(CALENDAR_NAMES, HONORIFICS)).toEqual([]);
    expect(overlap(AUDIENCE_WORDS, OUTLET_WORDS)).toEqual([]);
    expect(overlap(COLLECTIVES, NON_SPEAKERS)).toEqual([]);
    expect(overlap(SKIPPED, BLOCK)).toEqual([]);
  });

  it('keeps each narrower list inside the list it narrows', () => {
    const { PERSONAL_PRONOUNS, OBJECT_PRONOUNS, CALENDAR_NAMES, WEEKDAYS_MONTHS } = words;
    const { SOCIAL_HONORIFICS, HONORIFICS, DETERMINERS } = words;
    const q = quoteWords;
    expect(missing(q.SUBJECT_PRONOUNS, PERSONAL_PRONOUNS)).toEqual([]);
    expect(missing(q.CHANNEL_PREPOSITIONS, q.FRAME_PREPOSITIONS)).toEqual([]);
    expect(missing(q.VERBAL_FRAME_NOUNS, q.FRAME_NOUNS)).toEqual([]);
    expect(missing(q.CHANNEL_PREPOSITIONS_BEFORE_DETERMINER, q.CHANNEL_PREPOSITIONS)).toEqual([]);
    expect(missing(q.TELL_FORMS, q.RECIPIENT_VERBS)).toEqual([]);
    expect(missing(q.CLAUSE_TAKING_CUES, CUE_FORMS)).toEqual([]);
    expect(missing(CALENDAR_NAMES, WEEKDAYS_MONTHS)).toEqual([]);
    expect(missing(LEADING_DETERMINERS, DETERMINERS)).toEqual([]);
    expect(missing(htmlTags.HEADING, htmlTags.BLOCK)).toEqual([]);
    expect(missing(htmlTags.CAPTION, htmlTags.BLOCK)).toEqual([]);
    expect(missing(htmlTags.VOID, htmlTags.SELF_CLOSING)).toEqual([]);
    expect([...q.RARELY_NOUNS].filter((w) => !isBaseForm(w))).toEqual([]);
    // The pronouns that name the one told; "it" and "you" are told nothing by name.
    expect(missing(OBJECT_PRONOUNS, q.RECIPIENT_WORDS)).toEqual(['it', 'you']);
    // French titles are social but not written as rank abbreviations.
    expect(missing(SOCIAL_HONORIFICS, HONORIFICS)).toEqual(['m', 'mme', 'mlle']);
    // Before a descriptor, "former" and "then" work as determiners ("the then premier").
    expect(missing(DETERMINER_WORDS, DETERMINERS)).toEqual(['former', 'then']);
  });

  it('leaves "May" out of the calendar names it always reads as a time', () => {
    expect(words.CALENDAR_NAMES.has('may')).toBe(false);
    expect(words.WEEKDAYS_MONTHS.has('may')).toBe(true);
  });

  it('starts every calendar name with a calendar prefix', () => {
    const { CALENDAR_NAMES, CALENDAR_PREFIXES } = words;
    expect([...CALENDAR_NAMES].filter((w) => !CALENDAR_PREFIXES.has(w.slice(0, 3)))).toEqual([]);
    expect([...CALENDAR_PREFIXES].filter((w) => w.length !== 3)).toEqual([]);
  });
});
