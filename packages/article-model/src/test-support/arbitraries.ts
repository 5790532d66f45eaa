// fast-check generators of valid articles, for property tests here and in other packages.
import fc from 'fast-check';
import { QuoteRule } from '../rules.js';
import { SCHEMA_VERSION, type Article, type Span } from '../schemas.js';

/** Sorted, disjoint, non-empty spans inside [0, length). */
function piecesIn(length: number, max: number): fc.Arbitrary<Span[]> {
  return fc
    .uniqueArray(fc.integer({ min: 0, max: length }), { minLength: 2, maxLength: max * 2 })
    .map((points) => {
      const sorted = [...points].sort((a, b) => a - b);
      const spans: Span[] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2)
        spans.push({ start: sorted[i]!, end: sorted[i + 1]! });
      return spans;
    });
}

function spanIn(length: number): fc.Arbitrary<Span> {
  return piecesIn(length, 1).map((pieces) => pieces[0]!);
}

export const validArticle: fc.Arbitrary<Article> = fc
  .string({ unit: 'grapheme', minLength: 2, maxLength: 300 })
  .chain((text) => {
    const length = text.length;
    const entity = (index: number) =>
      fc.record({
        id: fc.constant(`e${index}`),
        kind: fc.constantFrom('person', 'organization', 'location', 'other' as const),
        name: fc.string({ minLength: 1, maxLength: 20 }),
        aliases: fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 2 }),
        mentions: fc.array(
          fc.record({
            span: spanIn(length),
            form: fc.constantFrom('name', 'alias', 'pronoun', 'descriptor', 'metonym' as const),
          }),
          { maxLength: 3 },
        ),
        descriptors: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 2 }),
        outlet: fc.option(fc.boolean(), { nil: undefined }),
        anonymous: fc.option(fc.boolean(), { nil: undefined }),
      });
    return fc.integer({ min: 0, max: 4 }).chain((entityCount) => {
      const ref =
        entityCount === 0
          ? fc.constant(null)
          : fc.option(
              fc.integer({ min: 0, max: entityCount - 1 }).map((i) => `e${i}`),
              { nil: null },
            );
      const quote = (index: number) =>
        fc.record({
          id: fc.constant(`q${index}`),
          kind: fc.constantFrom('direct', 'mixed', 'indirect' as const),
          content: piecesIn(length, 3),
          verbatim: fc.constant([] as Span[]),
          cue: fc.option(spanIn(length), { nil: null }),
          source: fc.option(spanIn(length), { nil: null }),
          speakerId: ref,
          channelId: ref,
          confidence: fc.double({ min: 0, max: 1, noNaN: true }),
          rule: fc.option(fc.constantFrom(...QuoteRule.options), { nil: undefined }),
        });
      const claim = (index: number) =>
        fc.record({
          id: fc.constant(`c${index}`),
          content: piecesIn(length, 2),
          cue: fc.option(spanIn(length), { nil: null }),
          source: fc.option(spanIn(length), { nil: null }),
          sourceId: ref,
          hedge: fc.constantFrom('none', 'hedged', 'belief', 'rumour', 'disputed' as const),
          confidence: fc.double({ min: 0, max: 1, noNaN: true }),
        });
      return fc.record({
        schemaVersion: fc.constant(SCHEMA_VERSION),
        id: fc.string({ minLength: 1, maxLength: 24 }),
        text: fc.constant(text),
        title: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
        source: fc.record({
          format: fc.constantFrom('text', 'html' as const),
          publisher: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
        }),
        blocks: piecesIn(length, 4).chain((spans) =>
          fc.tuple(
            ...spans.map((span) =>
              fc
                .constantFrom(
                  'title',
                  'heading',
                  'paragraph',
                  'byline',
                  'boilerplate',
                  'caption' as const,
                )
                .map((kind) => ({ kind, span })),
            ),
          ),
        ),
        entities: fc.tuple(...Array.from({ length: entityCount }, (_, i) => entity(i))),
        quotes: fc
          .integer({ min: 0, max: 3 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => quote(i)))),
        claims: fc
          .integer({ min: 0, max: 2 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => claim(i)))),
        extractor: fc.constant({ name: 'sourcetrace', version: '0.0.0' }),
      });
    });
  })
  // Drop undefined optionals so the value is exactly what JSON would carry.
  .map((article) => JSON.parse(JSON.stringify(article)) as Article);
