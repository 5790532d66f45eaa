import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, SCHEMA_FILES } from './json-schema.js';
import { validArticle } from './test-support/arbitraries.js';
import { sample } from './test-support/sample.js';

const schemaDir = new URL('../schema/', import.meta.url);
/** An independent validator, as a consumer in another language would use the files. */
function validator(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv;
}

const checkedIn = (file: string) =>
  JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8')) as object;

describe('JSON Schema files', () => {
  it('are up to date with the zod schemas (run `pnpm schema` when this fails)', () => {
    const generated = jsonSchemas();
    expect(Object.keys(generated).sort()).toEqual(Object.keys(SCHEMA_FILES).sort());
    for (const [file, schema] of Object.entries(generated))
      expect(checkedIn(file), file).toEqual(schema);
  });

  it('compile in an independent draft 2020-12 validator and accept the same articles', () => {
    const ajv = validator();
    const validate = ajv.compile(checkedIn('article.schema.json'));
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
    fc.assert(
      fc.property(validArticle, (article) => {
        expect(validate(article), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 100 },
    );
    for (const file of Object.keys(SCHEMA_FILES)) {
      expect(() => validator().compile(checkedIn(file))).not.toThrow();
    }
  });

  it('reject what the zod schemas reject', () => {
    const ajv = validator();
    const validate = ajv.compile(checkedIn('article.schema.json'));
    expect(validate({ ...sample, quotes: [{ ...sample.quotes[0], kind: 'shouted' }] })).toBe(false);
    expect(validate({ ...sample, unknownField: 1 })).toBe(false);
    expect(validate({ ...sample, schemaVersion: 99 })).toBe(false);
  });
});
