import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  packArticleJson,
  packItemJson,
  packItemWithText,
  packItemWithTextByZlib,
  packItemWithWholeSpans,
  unpackItem,
  unpackJson,
} from './packing.js';
import { syntheticArticle } from '../testing/index.js';

describe('packed JSON', () => {
  const article = syntheticArticle(3);

  it('gives back exactly the JSON it packed, in fewer bytes', () => {
    const json = JSON.stringify(article);
    const packed = packArticleJson(json);
    expect(unpackJson(packed)).toBe(json);
    expect(packed.length).toBeLessThan(Buffer.byteLength(json) / 2);
    for (const item of [...article.quotes, ...article.claims]) {
      const itemJson = JSON.stringify(item);
      const packedItem = packItemJson(itemJson);
      expect(unpackJson(packedItem)).toBe(itemJson);
      expect(packedItem.length).toBeLessThan(Buffer.byteLength(itemJson));
    }
  });

  it('reads an article packed whole, before its spans were kept apart', () => {
    const json = JSON.stringify(article);
    const whole = Buffer.concat([Buffer.from([1]), brotliCompressSync(Buffer.from(json))]);
    expect(unpackJson(whole)).toBe(json);
  });

  it('reads JSON stored as text before packing, and any text a quote can hold', () => {
    expect(unpackJson('{"id":"q1"}')).toBe('{"id":"q1"}');
    const unusual = JSON.stringify({ id: 'q1', text: 'Zoë said “ça va” 🙂 \u2028' });
    expect(unpackJson(packItemJson(unusual))).toBe(unusual);
    // Longer than zlib's working buffer for items: unpacked over several pieces.
    const long = JSON.stringify({
      id: 'q2',
      words: 'Invented words, said at length. '.repeat(300),
    });
    expect(unpackJson(packItemJson(long))).toBe(long);
  });

  it('packs a quote with its printed text, and reads older rows from their columns', () => {
    const json = JSON.stringify(article.quotes[0]);
    const columns = { text: 'from the row', cueText: null, sourceText: 'row source' };
    const printed = {
      text: 'Zoë said “ça va” 🙂 \u2028 and\nmore',
      cueText: 'said',
      sourceText: null,
    };
    const packed = packItemWithText(json, printed);
    expect(unpackItem(packed, columns)).toEqual({ json, ...printed });
    const plainSize = Buffer.byteLength(json + printed.text + printed.cueText);
    expect(packed.length).toBeLessThan(plainSize);
    // Packed with its spans whole (schemas 13 to 19): in more bytes, read all the same.
    const whole = packItemWithWholeSpans(json, printed);
    expect(unpackItem(whole, columns)).toEqual({ json, ...printed });
    expect(packed.length).toBeLessThan(whole.length);
    // Packed before schema 13, or kept as text (PostgreSQL): the text is the row's.
    expect(unpackItem(packItemJson(json), columns)).toEqual({ json, ...columns });
    expect(unpackItem(json, columns)).toEqual({ json, ...columns });
  });

  it('packs every quote and claim with its spans apart, in fewer bytes than with them whole', () => {
    let apart = 0;
    let whole = 0;
    for (const item of [...article.quotes, ...article.claims]) {
      const json = JSON.stringify(item);
      const printed = { text: `words of ${item.id}`, cueText: null, sourceText: 'a source' };
      const packed = packItemWithText(json, printed);
      const columns = { text: '', cueText: null, sourceText: null };
      expect(unpackItem(packed, columns)).toEqual({ json, ...printed });
      apart += packed.length;
      whole += packItemWithWholeSpans(json, printed).length;
    }
    expect(apart).toBeLessThan(whole * 0.9);
  });

  it('reads items packed by zlib against the same dictionary, as rows were before', () => {
    for (const item of [...article.quotes, ...article.claims]) {
      const json = JSON.stringify(item);
      const printed = { text: `Zoë’s words of ${item.id} 🙂`, cueText: 'said', sourceText: null };
      const columns = { text: '', cueText: null, sourceText: null };
      const byZlib = packItemWithTextByZlib(json, printed);
      expect(unpackItem(byZlib, columns)).toEqual({ json, ...printed });
      expect(packItemWithText(json, printed).length).toBeLessThanOrEqual(byZlib.length * 1.1);
    }
  });

  it('refuses bytes it did not pack instead of guessing', () => {
    expect(() => unpackJson(new Uint8Array([9, 1, 2]))).toThrow(/unknown way/);
    expect(() => unpackJson(new Uint8Array())).toThrow(TypeError);
    expect(() => unpackJson(42)).toThrow(TypeError);
  });
});
