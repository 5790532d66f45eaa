import {
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  deflateRawSync,
  inflateRawSync,
} from 'node:zlib';

/**
 * JSON kept compressed in SQLite, which has no compression of its own. The first byte says how
 * the rest is packed, so a reader takes any row, old or new: a string is JSON as it was written
 * before packing (and what PostgreSQL keeps, whose TOAST compresses large values itself).
 */
const BROTLI = 1;
/** Deflate against ITEM_DICTIONARY_1: a quote or a claim is a few hundred bytes of mostly keys. */
const DEFLATE_ITEM_1 = 2;

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

function tagged(tag: number, body: Buffer): Uint8Array {
  const out = new Uint8Array(body.length + 1);
  out[0] = tag;
  out.set(body, 1);
  return out;
}

/** An article's JSON, brotli-compressed. */
export function packArticleJson(json: string): Uint8Array {
  const input = Buffer.from(json, 'utf8');
  return tagged(
    BROTLI,
    brotliCompressSync(input, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: input.length,
      },
    }),
  );
}

/** A quote's or a claim's JSON, deflated against the item dictionary. */
export function packItemJson(json: string): Uint8Array {
  return tagged(
    DEFLATE_ITEM_1,
    deflateRawSync(Buffer.from(json, 'utf8'), {
      level: 9,
      dictionary: ITEM_DICTIONARY_1,
      chunkSize: ITEM_CHUNK,
    }),
  );
}

/** JSON text from a stored value: packed bytes or plain text. */
export function unpackJson(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!(value instanceof Uint8Array) || value.length === 0)
    throw new TypeError('stored JSON is neither text nor packed bytes');
  const body = value.subarray(1);
  switch (value[0]) {
    case BROTLI:
      return brotliDecompressSync(body).toString('utf8');
    case DEFLATE_ITEM_1:
      return inflateRawSync(body, {
        dictionary: ITEM_DICTIONARY_1,
        chunkSize: ITEM_CHUNK,
      }).toString('utf8');
    default:
      throw new TypeError(`stored JSON packed in an unknown way (${value[0]})`);
  }
}
