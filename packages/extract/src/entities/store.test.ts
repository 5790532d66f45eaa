import type { Span } from '@sourcetrace/article-model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../document.js';
import { blocksOf } from '../../test/entity-tables.js';
import { EntityKeys } from './keys.js';
import { MentionIndex } from './mention-index.js';
import { EntityStore } from './store.js';
import type { Ent, Mention } from './types.js';

// Invented texts and spans.

function ent(name: string): Ent {
  return {
    id: '',
    kind: 'person',
    name,
    words: name.split(' '),
    aliases: new Set(),
    descriptors: [],
    outlet: false,
    anonymous: false,
    plural: false,
    gender: 'unknown',
    mentions: [],
  };
}

function mention(span: Span, owner: Ent = ent('x')): Mention {
  return { span, form: 'name', ent: owner, quoted: false, speaker: false };
}

describe('the mention index', () => {
  it('walks back from an offset nearest first, up to a limit, across far-apart buckets', () => {
    const index = new MentionIndex();
    const starts = [5, 3000, 12, 900_000, 2999, 40_000];
    for (const start of starts) index.insert(mention({ start, end: start + 2 }));
    const seen: number[] = [];
    index.eachBefore(900_000, 10, (m) => void seen.push(m.span.start));
    expect(seen).toEqual([40_000, 3000, 2999, 12, 5]);
    const limited: number[] = [];
    index.eachBefore(Infinity, 2, (m) => void limited.push(m.span.start));
    expect(limited).toEqual([900_000, 40_000]);
    expect(index.lastBefore(12)?.span.start).toBe(5);
    expect(index.firstFrom(13)?.span.start).toBe(2999);
    expect(index.firstFrom(900_001)).toBeUndefined();
  });

  it('keeps every mention in text order, equal starts in insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 20_000 }), { maxLength: 300 }), (starts) => {
        const index = new MentionIndex();
        const made = starts.map((start, i) => mention({ start, end: start + 1 + (i % 3) }));
        for (const m of made) index.insert(m);
        const expected = [...made].sort((a, b) => a.span.start - b.span.start); // a stable sort
        expect(index.all()).toEqual(expected);
        expect(index.all().every((m, i) => m === expected[i])).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('finds the mentions overlapping a span, in text order', () => {
    const index = new MentionIndex();
    for (const [start, end] of [
      [0, 4],
      [10, 20],
      [15, 18],
      [30, 35],
    ] as const)
      index.insert(mention({ start, end }));
    expect(index.overlapping({ start: 16, end: 31 }).map((m) => m.span.start)).toEqual([
      10, 15, 30,
    ]);
    expect(index.overlapping({ start: 4, end: 10 })).toEqual([]);
  });
});

describe('entity keys', () => {
  it('keeps each namespace apart: a full name, a lone surname and a description never collide', () => {
    const keys = new EntityKeys();
    const full = ent('Ana Ruiz');
    const lone = ent('Ruiz');
    const body = ent('ruiz');
    keys.set({ ns: 'person', first: 'ana', last: 'ruiz' }, full);
    keys.set({ ns: 'surname', word: 'ruiz' }, lone);
    keys.set({ ns: 'named', kind: 'organization', name: 'ruiz' }, body);
    expect(keys.get({ ns: 'person', first: 'ana', last: 'ruiz' })).toBe(full);
    expect(keys.get({ ns: 'surname', word: 'ruiz' })).toBe(lone);
    expect(keys.get({ ns: 'named', kind: 'organization', name: 'ruiz' })).toBe(body);
    expect(keys.get({ ns: 'named', kind: 'location', name: 'ruiz' })).toBeUndefined();
    expect(keys.get({ ns: 'described', name: 'ruiz' })).toBeUndefined();
    expect(keys.get({ ns: 'listed', canonical: 'ruiz' })).toBeUndefined();
  });
});

describe('the entity store', () => {
  const text = 'Ann Roe spoke. "Ask Tom Hale," she said. Hale agreed.';
  const store = (of = text) => {
    const doc = makeDoc(of, blocksOf(of, 'paragraph'));
    return new EntityStore(doc.text, doc.sentences, doc.quoted, {
      isCommon: () => false,
      seenAsName: () => true,
    });
  };
  const at = (part: string, from = 0): Span => {
    const start = text.indexOf(part, from);
    return { start, end: start + part.length };
  };
  const person = (s: EntityStore, name: string) =>
    s.newEnt({ ns: 'surname', word: name.toLowerCase() }, { kind: 'person', name, words: [name] });

  it('marks a mention inside the quoted passages of the document as quoted', () => {
    const s = store();
    const hale = person(s, 'Hale');
    expect(s.addMention(person(s, 'Roe'), at('Ann Roe'), 'name').quoted).toBe(false);
    expect(s.addMention(hale, at('Tom Hale'), 'name').quoted).toBe(true);
    expect(s.addMention(hale, at('Hale agreed'), 'alias').quoted).toBe(false);
  });

  it('records a mention once, finds an entity again by key, and gives ids in the order asked', () => {
    const s = store();
    const fx = s.live();
    const key = { ns: 'person', first: 'ann', last: 'roe' } as const;
    const roe = fx.obtain(key, () => ({ kind: 'person', name: 'Ann Roe', words: ['Ann', 'Roe'] }));
    expect(fx.obtain(key, () => ({ kind: 'other', name: 'someone else', words: [] }))).toBe(roe);
    const first = fx.record(roe, at('Ann Roe'), 'name');
    expect(fx.record(roe, at('Ann Roe'), 'alias')).toBe(first);
    expect(roe.mentions).toHaveLength(1);
    const other = person(s, 'Hale');
    expect(s.ensureId(other)).toBe('e1');
    expect(s.ensureId(roe)).toBe('e2');
    expect(s.ensureId(other)).toBe('e1');
  });

  it('tells who opens a sentence, and counts again when an entity changes kind', () => {
    const s = store('Roe and Hale met.');
    const roe = person(s, 'Roe');
    const hale = person(s, 'Hale');
    const r = s.addMention(roe, { start: 0, end: 3 }, 'name');
    const h = s.addMention(hale, { start: 8, end: 12 }, 'name');
    expect(s.isSentenceFirst(r)).toBe(true);
    expect(s.isSentenceFirst(h)).toBe(false);
    s.changeKind(roe, 'organization');
    expect(s.isSentenceFirst(h)).toBe(true);
    expect(s.isSentenceFirst(r)).toBe(true);
  });
});
