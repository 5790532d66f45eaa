import {
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  deflateRawSync,
  inflateRawSync,
} from 'node:zlib';
import { ENGLISH_WORDS } from './item-dictionary.js';
import { PresetDictionaryDeflater } from './preset-deflate.js';
import { readVarint, restoreSpans, separateSpans, writeVarint } from './spans.js';

/**
 * JSON kept compressed in SQLite, which has no compression of its own. The first byte says how
 * the rest is packed, so a reader takes any row, old or new: a string is JSON as it was written
 * before packing (and what PostgreSQL keeps, whose TOAST compresses large values itself).
 */
const BROTLI = 1;
/** Deflate against ITEM_DICTIONARY_1: a quote or a claim is a few hundred bytes of mostly keys. */
const DEFLATE_ITEM_1 = 2;

/**
 * Deflate against ITEM_DICTIONARY_2 of a quote or claim JSON together with its text, cue and
 * source as printed (SQLite from corpus schema 13; rows before keep those in their columns).
 */
const DEFLATE_ITEM_TEXT_2 = 3;

/**
 * An article's JSON with its spans apart (spans.ts): the length of the spans' numbers, the
 * numbers, then the rest brotli-compressed (SQLite from corpus schema 17; rows before are BROTLI).
 */
const BROTLI_SPANS_APART = 4;

/**
 * BROTLI_SPANS_APART of an article's JSON besides its quotes and claims (items-apart.ts), which
 * their own rows hold (SQLite from corpus schema 18).
 */
const BESIDES_ITEMS = 5;

/**
 * Deflate against ITEM_DICTIONARY_3 of a quote or claim JSON with its spans apart (spans.ts, as
 * an article's: the length of their numbers, the numbers), then its text, cue and source as
 * printed (SQLite from corpus schema 20; rows before are DEFLATE_ITEM_TEXT_2).
 */
const DEFLATE_ITEM_SPANS_APART = 6;

/** Quality 6: within a few per cent of the best ratio at a fraction of the time. */
const BROTLI_QUALITY = 6;
/**
 * zlib's working buffer for an item: a quote or claim fits in one, and a smaller one than the
 * 16 KiB default makes each call about ten times cheaper (a page of quotes unpacks 50 of them).
 */
const ITEM_CHUNK = 512;

/**
 * What quote and claim JSON is made of: its keys, kinds, rules and hedges, in the order they are
 * written. Frozen: rows packed with it can only be read with exactly these bytes (a new
 * dictionary gets a new tag).
 */
const ITEM_DICTIONARY_1 = Buffer.from(
  [
    '"rule":"own-assertion"}"rule":"according-to"}"rule":"passive-hedge"}"rule":"noun-cue"}',
    '"rule":"participle"}"rule":"coordinated"}"rule":"stance-object"}"rule":"adverb-hedge"}',
    '"rule":"dash"}"rule":"transcript"}"rule":"inverted"}"rule":"as-put-it"}',
    '"rule":"colon-paragraph"}"rule":"colon-lead"}"rule":"continuation"}"rule":"after-subject"}',
    '"rule":"recent-speaker"}"rule":"unattributed"}"rule":"runs-on"}"rule":"trailing"}',
    '"hedge":"hedged","hedge":"belief","hedge":"rumour","hedge":"disputed",',
    '{"id":"c1","content":[{"start":1,"end":1}],"cue":null,"source":null,"sourceId":null,"hedge":"none","confidence":0.5,"rule":"own-assertion"}',
    '{"id":"c2","content":[{"start":2,"end":2}],"cue":{"start":3,"end":3},"source":{"start":4,"end":4},"sourceId":"e1","hedge":"none","confidence":0.7,"rule":"leading"}',
    '"kind":"indirect","kind":"mixed",',
    '{"id":"q1","kind":"direct","content":[{"start":1,"end":1}],"verbatim":[{"start":1,"end":1}],"cue":null,"source":null,"speakerId":null,"channelId":null,"confidence":0.3,"rule":"unattributed"}',
    '{"id":"q2","kind":"direct","content":[{"start":2,"end":2}],"verbatim":[{"start":2,"end":2}],"cue":{"start":3,"end":3},"source":{"start":4,"end":4},"speakerId":"e1","channelId":null,"confidence":0.6,"rule":"leading"}',
  ].join(''),
);

/** ENGLISH_WORDS before ITEM_DICTIONARY_1: an item's text comes after its JSON. */
const ITEM_DICTIONARY_2 = Buffer.concat([Buffer.from(ENGLISH_WORDS, 'utf8'), ITEM_DICTIONARY_1]);

/**
 * ITEM_DICTIONARY_2 with the spans taken out of its JSON, as they are out of an item's. As
 * frozen as the bytes it is made from (and separateSpans, which also reads stored articles).
 */
const ITEM_DICTIONARY_3 = Buffer.concat([
  Buffer.from(ENGLISH_WORDS, 'utf8'),
  Buffer.from(separateSpans(ITEM_DICTIONARY_1.toString('utf8')).marked, 'utf8'),
]);

/** The words of a quote or claim as its article prints them: what lists show beside its JSON. */
export interface ItemText {
  text: string;
  cueText: string | null;
  sourceText: string | null;
}

function tagged(tag: number, body: Buffer): Uint8Array {
  const out = new Uint8Array(body.length + 1);
  out[0] = tag;
  out.set(body, 1);
  return out;
}

/**
 * The smallest window that holds the whole input: brotli's default of 4 MiB costs setting up on
 * every call, and an article is a few KiB (16 per cent less time, output no larger).
 */
function windowBitsFor(length: number): number {
  const bits = Math.ceil(Math.log2(length + 1));
  return Math.min(
    constants.BROTLI_MAX_WINDOW_BITS,
    Math.max(constants.BROTLI_MIN_WINDOW_BITS, bits),
  );
}

function brotli(input: Buffer): Buffer {
  return brotliCompressSync(input, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: input.length,
      [constants.BROTLI_PARAM_LGWIN]: windowBitsFor(input.length),
    },
  });
}

/** The tag, the length of the spans' numbers, then the numbers: what precedes the packed rest. */
function spansApartHeader(tag: number, numbers: Uint8Array): Uint8Array {
  const length: number[] = [];
  writeVarint(numbers.length, length);
  const out = new Uint8Array(1 + length.length + numbers.length);
  out[0] = tag;
  out.set(length, 1);
  out.set(numbers, 1 + length.length);
  return out;
}

/** spansApartHeader, then the packed rest. */
function spansApart(tag: number, numbers: Uint8Array, rest: Uint8Array): Uint8Array {
  const header = spansApartHeader(tag, numbers);
  const out = new Uint8Array(header.length + rest.length);
  out.set(header);
  out.set(rest, header.length);
  return out;
}

/** spansApart's value after its tag, read back. */
function readSpansApart(body: Uint8Array): { numbers: Uint8Array; rest: Uint8Array } {
  const [length, at] = readVarint(body, 0);
  return { numbers: body.subarray(at, at + length), rest: body.subarray(at + length) };
}

function packSpansApart(tag: number, json: string): Uint8Array {
  const { marked, numbers } = separateSpans(json);
  return spansApart(tag, numbers, brotli(Buffer.from(marked, 'utf8')));
}

/** An article's JSON, its spans apart and the rest brotli-compressed. */
export function packArticleJson(json: string): Uint8Array {
  return packSpansApart(BROTLI_SPANS_APART, json);
}

/** An article's JSON besides its quotes and claims (items-apart.ts), packed like packArticleJson. */
export function packArticleBesidesItems(json: string): Uint8Array {
  return packSpansApart(BESIDES_ITEMS, json);
}

/** Whether a stored article is packArticleBesidesItems': its quotes and claims are to be put back. */
export function keptBesidesItems(value: unknown): boolean {
  return value instanceof Uint8Array && value[0] === BESIDES_ITEMS;
}

/**
 * A quote's or a claim's JSON, deflated against the first item dictionary: how rows were
 * written before schema 13. Nothing writes it now; tests use it to make such rows to read.
 */
export function packItemJson(json: string): Uint8Array {
  return tagged(DEFLATE_ITEM_1, zlibDeflateItem(json, ITEM_DICTIONARY_1));
}

/** JSON.stringify never writes a newline, so one separates an item's JSON from its text's array. */
function joinedItem(json: string, text: ItemText): string {
  return `${json}\n${JSON.stringify([text.text, text.cueText, text.sourceText])}`;
}

function splitItem(joined: string): { json: string } & ItemText {
  const newline = joined.indexOf('\n');
  const [text, cueText, sourceText] = JSON.parse(joined.slice(newline + 1)) as [
    string,
    string | null,
    string | null,
  ];
  return { json: joined.slice(0, newline), text, cueText, sourceText };
}

/** How items were deflated before PresetDictionaryDeflater: kept to make older rows for tests. */
const zlibDeflateItem = (input: string, dictionary: Buffer) =>
  deflateRawSync(Buffer.from(input, 'utf8'), { level: 9, dictionary, chunkSize: ITEM_CHUNK });
const inflateItem = (input: Uint8Array, dictionary: Buffer) =>
  inflateRawSync(input, { dictionary, chunkSize: ITEM_CHUNK }).toString('utf8');

/**
 * A quote's or a claim's JSON and its text in one deflated value, as rows were written from
 * schema 13 to 19. Nothing writes it now; tests use it to make such rows to read.
 */
export function packItemWithWholeSpans(json: string, text: ItemText): Uint8Array {
  return tagged(DEFLATE_ITEM_TEXT_2, zlibDeflateItem(joinedItem(json, text), ITEM_DICTIONARY_2));
}

/** Deflates items against ITEM_DICTIONARY_3 in a fraction of zlib's time per item. */
const itemDeflater = new PresetDictionaryDeflater(ITEM_DICTIONARY_3);

/**
 * A quote's or a claim's JSON and its text in one deflated value: the text compresses against
 * the dictionary's words and the JSON, where alone in its column it would not compress at all.
 * The JSON's spans are kept apart as small numbers, which deflate would spend digits on.
 */
export function packItemWithText(json: string, text: ItemText): Uint8Array {
  const { marked, numbers } = separateSpans(json);
  return itemDeflater.deflate(
    joinedItem(marked, text),
    spansApartHeader(DEFLATE_ITEM_SPANS_APART, numbers),
  );
}

/**
 * packItemWithText as written before PresetDictionaryDeflater (zlib's bytes, the same tag).
 * Nothing writes it now; tests use it to make such rows to read.
 */
export function packItemWithTextByZlib(json: string, text: ItemText): Uint8Array {
  const { marked, numbers } = separateSpans(json);
  const rest = zlibDeflateItem(joinedItem(marked, text), ITEM_DICTIONARY_3);
  return spansApart(DEFLATE_ITEM_SPANS_APART, numbers, rest);
}

/**
 * A stored quote or claim: its JSON, and its text from the packed value when it holds it,
 * otherwise from the row's columns (PostgreSQL, and SQLite rows written before schema 13).
 */
export function unpackItem(value: unknown, columns: ItemText): { json: string } & ItemText {
  if (!(value instanceof Uint8Array)) return { json: unpackJson(value), ...columns };
  if (value[0] === DEFLATE_ITEM_TEXT_2)
    return splitItem(inflateItem(value.subarray(1), ITEM_DICTIONARY_2));
  if (value[0] !== DEFLATE_ITEM_SPANS_APART) return { json: unpackJson(value), ...columns };
  const { numbers, rest } = readSpansApart(value.subarray(1));
  const item = splitItem(inflateItem(rest, ITEM_DICTIONARY_3));
  return { ...item, json: restoreSpans(item.json, numbers) };
}

/**
 * JSON text from a stored value: packed bytes or plain text (of an article kept besides its
 * items, the JSON without them: items-apart.ts puts them back).
 */
export function unpackJson(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!(value instanceof Uint8Array) || value.length === 0)
    throw new TypeError('stored JSON is neither text nor packed bytes');
  const body = value.subarray(1);
  switch (value[0]) {
    case BROTLI:
      return brotliDecompressSync(body).toString('utf8');
    case BROTLI_SPANS_APART:
    case BESIDES_ITEMS: {
      const { numbers, rest } = readSpansApart(body);
      return restoreSpans(brotliDecompressSync(rest).toString('utf8'), numbers);
    }
    case DEFLATE_ITEM_1:
      return inflateItem(body, ITEM_DICTIONARY_1);
    default:
      throw new TypeError(`stored JSON packed in an unknown way (${value[0]})`);
  }
}
