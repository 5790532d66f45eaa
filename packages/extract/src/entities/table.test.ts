import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../document.js';
import { extract } from '../extract.js';
import { blocksOf, spanOf } from '../../test/entity-tables.js';
import { collectEntities, type SourceRequest } from './index.js';
import { buildStore } from './table.js';

// Invented texts.

const TEXT = [
  'Ann Roe, the mayor of Eastvale, told the Telegraph the budget was late.',
  '"We will fix it," she said. Roe said an unnamed engineer had warned her.',
  'An unnamed engineer said the bridge was unsafe. Tom Hale agreed.',
].join('\n');

function doc(text = TEXT) {
  return makeDoc(text, blocksOf(text, 'paragraph'));
}

const source = (part: string, nth = 0): SourceRequest => ({
  role: 'source',
  span: spanOf(TEXT, part, nth),
});
const REQUESTS: SourceRequest[] = [
  source('she'),
  { role: 'channel', span: spanOf(TEXT, 'the Telegraph') },
  source('An unnamed engineer'),
];

describe('collecting and merging names', () => {
  it('merges a surname into the full name and reads outlets before any source is settled', () => {
    const store = buildStore(doc());
    const roe = store.ents.find((e) => e.name === 'Ann Roe');
    expect(roe?.mentions.map((m) => TEXT.slice(m.span.start, m.span.end))).toEqual([
      'Ann Roe',
      'Roe',
    ]);
    expect(store.ents.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual([
      'Ann Roe',
      'Tom Hale',
    ]);
    const draft = collectEntities(doc());
    expect(draft.isOutlet(spanOf(TEXT, 'Telegraph'))).toBe(true);
    expect(draft.isOutlet(spanOf(TEXT, 'Ann Roe'))).toBe(false);
    expect(draft.isOutlet(spanOf(TEXT, 'budget'))).toBe(false);
  });
});

describe('settling sources', () => {
  it('gives a pronoun its antecedent and an unnamed source an entity of its own', () => {
    const t = collectEntities(doc()).finish(REQUESTS);
    const list = t.entities();
    const name = (id: string | null) => list.find((e) => e.id === id)?.name;
    expect(name(t.resolveSource(spanOf(TEXT, 'she')))).toBe('Ann Roe');
    const engineer = list.find(
      (e) => e.id === t.resolveSource(spanOf(TEXT, 'An unnamed engineer')),
    );
    expect(engineer).toMatchObject({ name: 'unnamed engineer', anonymous: true });
    expect(name(t.resolveChannel(spanOf(TEXT, 'the Telegraph')))).toBe('The Telegraph');
    expect(list.find((e) => e.name === 'Ann Roe')?.mentions.map((m) => m.form)).toContain(
      'pronoun',
    );
  });

  it('keeps the first answer for a span asked for twice', () => {
    const once = collectEntities(doc()).finish(REQUESTS);
    const twice = collectEntities(doc()).finish([...REQUESTS, ...REQUESTS]);
    expect(twice.entities()).toEqual(once.entities());
    for (const r of REQUESTS) {
      const ask = r.role === 'source' ? 'resolveSource' : 'resolveChannel';
      expect(twice[ask](r.span)).toBe(once[ask](r.span));
    }
  });
});

describe('queries on the finished table', () => {
  it('change nothing, whatever is asked', () => {
    const t = collectEntities(doc()).finish(REQUESTS);
    const before = t.entities();
    // asked already, never asked, a name, a new description, a pronoun, nothing
    const parts = ['she', 'Tom Hale', 'an unnamed engineer', 'her', 'budget', 'We', 'Roe said'];
    const ask = () =>
      parts.flatMap((part) => [
        t.resolveSource(spanOf(TEXT, part)),
        t.resolveChannel(spanOf(TEXT, part)),
        t.at(spanOf(TEXT, part))?.id,
      ]);
    const answers = ask();
    t.resolveSource({ start: 0, end: TEXT.length });
    expect(ask()).toEqual(answers);
    expect(t.entities()).toEqual(before);
  });

  it('name an existing entity for a span never asked for, and null where one would be made', () => {
    const t = collectEntities(doc()).finish(REQUESTS);
    const hale = t.entities().find((e) => e.name === 'Tom Hale');
    expect(t.resolveSource(spanOf(TEXT, 'Tom Hale'))).toBe(hale?.id);
    // the second "an unnamed engineer" in the text was never settled: it would need a new entity
    const fresh = collectEntities(doc()).finish([]);
    expect(fresh.resolveSource(spanOf(TEXT, 'An unnamed engineer'))).toBeNull();
    expect(fresh.resolveSource(spanOf(TEXT, 'We'))).toBeNull();
  });

  it('give the same answers in any order', () => {
    const first = collectEntities(doc()).finish(REQUESTS);
    const list = first.entities();
    const answers = REQUESTS.map((r) => first.resolveSource(r.span));
    const second = collectEntities(doc()).finish(REQUESTS);
    const reversed = [...REQUESTS].reverse().map((r) => second.resolveSource(r.span));
    expect(reversed.reverse()).toEqual(answers);
    expect(second.entities()).toEqual(list);
  });

  it('hand out copies: changing the returned list changes the table not at all', () => {
    const t = collectEntities(doc()).finish(REQUESTS);
    const list = t.entities();
    list[0]!.name = 'changed';
    list[0]!.mentions.length = 0;
    expect(t.entities()[0]!.name).not.toBe('changed');
    expect(t.entities()[0]!.mentions.length).toBeGreaterThan(0);
  });
});

describe('hostile text', () => {
  const unit = (kind: number): string =>
    [
      'Ann Roe said "the council will not move and Tom Hale told the Ledger "we wait. ',
      'Alder Brisk Corvin Dunmore Ellery Fane Garrow Hollis Said Told ',
      'the mayor said the plan would work and she said they were wrong and ',
      'Roe said. Roe said she would. Hale said he would. ',
      '“ « ‘ " \u201e Ann ',
    ][kind]!;

  it('never throws on long runs of unbalanced marks, names, capitals or unpunctuated words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 120 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.boolean(),
        (parts, paragraphs) => {
          const text = parts
            .map(([kind, times]) => unit(kind).repeat(times))
            .join(paragraphs ? '\n\n' : '');
          const article = extract({ text });
          expect(article.text).toBe(text);
          for (const e of article.entities)
            for (const m of e.mentions) expect(m.span.end).toBeLessThanOrEqual(text.length);
        },
      ),
      { numRuns: 12 },
    );
  });
});
