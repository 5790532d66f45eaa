import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ClaimRule, QuoteRule, RULE_EXPLANATIONS } from '@sourcetrace/article-model';
import { describe, expect, it } from 'vitest';
import { SENTENCE_RULES } from './claims/rules/index.js';
import { extract } from './extract.js';
import { listSamples } from './input/index.js';
import { ATTRIBUTION_RULES } from './quotes/rules/index.js';

// The registries are the list of rules: each needs its README row, its own tested module, and
// its name in the model's enums, and it produces only what it says it produces.
const RULES = [...ATTRIBUTION_RULES, ...SENTENCE_RULES];
const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const moduleOf = (name: string): string | undefined =>
  ['./quotes/rules/', './claims/rules/']
    .map((dir) => fileURLToPath(new URL(`${dir}${name}`, import.meta.url)))
    .find((path) => existsSync(`${path}.ts`));

describe('the rule registries', () => {
  it('list each rule once', () => {
    const names = RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(RULES.map((rule) => [rule.name, rule] as const))(
    '%s has a README row, a module with a test that sees it fire, and a model name',
    (name, rule) => {
      expect(readme).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
      const module = moduleOf(name);
      expect(module, `src/{quotes,claims}/rules/${name}.ts`).toBeDefined();
      expect(existsSync(`${module}.test.ts`), `${name}.test.ts`).toBe(true);
      expect(readFileSync(`${module}.test.ts`, 'utf8')).toContain(`rule: '${name}'`);
      expect(RULE_EXPLANATIONS[name]).toMatch(/\w/);
      expect(QuoteRule.options.includes(name as QuoteRule)).toBe(rule.produces.quote !== undefined);
      expect(ClaimRule.options.includes(name as ClaimRule)).toBe(rule.produces.claim !== undefined);
    },
  );

  it('cover every rule name of the model', () => {
    const registered = new Set<string>(RULES.map((rule) => rule.name));
    for (const name of [...QuoteRule.options, ...ClaimRule.options])
      expect(registered, name).toContain(name);
  });

  it('produce only the quote kinds and hedges each rule declares, on every sample and trap', () => {
    const traps = readFileSync(
      fileURLToPath(new URL('../test/golden/traps.txt', import.meta.url)),
      'utf8',
    ).split(/\n---\n/);
    const byName = new Map(RULES.map((rule) => [rule.name, rule]));
    let seen = 0;
    for (const input of [...listSamples().map((s) => s.input), ...traps]) {
      const article = extract(input);
      for (const quote of article.quotes) {
        expect(byName.get(quote.rule!)?.produces.quote, quote.rule).toContain(quote.kind);
        seen++;
      }
      for (const claim of article.claims) {
        expect(byName.get(claim.rule!)?.produces.claim, claim.rule).toContain(claim.hedge);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(100);
  });
});
