import { SCHEMA_VERSION, type Article, type Span } from '@sourcetrace/article-model';

// An invented article for the view-logic tests: two speakers, an outlet, a split quote and
// claims. Spans are found by searching the text, so editing the text keeps them right.

const title = 'Harbour bridge to open in May';
const p1 =
  'Mayor Lina Okafor said the bridge "will open in May". She told the Valley Courier that tolls would stay.';
const p2 =
  '"We are ready," said Tomas Brandt, the project engineer, "and the cables are in." According to city officials, the budget grew by a third.';
const text = `${title}\n\n${p1}\n\n${p2}`;

/** The span of the nth occurrence of `needle`. */
export function spanOf(needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start === -1) throw new Error(`not in the fixture text: ${needle}`);
  }
  return { start, end: start + needle.length };
}

const block = (kind: 'title' | 'paragraph', part: string) => ({ kind, span: spanOf(part) });

export const bridgeArticle: Article = {
  schemaVersion: SCHEMA_VERSION,
  id: 'bridge-1',
  text,
  title,
  source: {
    format: 'text',
    publisher: 'Valley Courier',
    publishedAt: '2026-05-02',
    url: 'https://courier.example/bridge',
  },
  blocks: [block('title', title), block('paragraph', p1), block('paragraph', p2)],
  entities: [
    {
      id: 'okafor',
      kind: 'person',
      name: 'Lina Okafor',
      aliases: ['Okafor'],
      mentions: [
        { span: spanOf('Lina Okafor'), form: 'name' },
        { span: spanOf('She'), form: 'pronoun' },
      ],
      descriptors: ['mayor'],
    },
    {
      id: 'brandt',
      kind: 'person',
      name: 'Tomas Brandt',
      aliases: [],
      mentions: [{ span: spanOf('Tomas Brandt'), form: 'name' }],
      descriptors: ['the project engineer'],
    },
    {
      id: 'courier',
      kind: 'organization',
      name: 'Valley Courier',
      aliases: [],
      mentions: [{ span: spanOf('Valley Courier'), form: 'name' }],
      descriptors: [],
      outlet: true,
    },
    {
      id: 'officials',
      kind: 'organization',
      name: 'city officials',
      aliases: [],
      mentions: [{ span: spanOf('city officials'), form: 'descriptor' }],
      descriptors: [],
      anonymous: true,
    },
  ],
  quotes: [
    {
      id: 'q-okafor-1',
      kind: 'mixed',
      content: [spanOf('the bridge "will open in May"')],
      verbatim: [spanOf('will open in May')],
      cue: spanOf('said'),
      source: spanOf('Mayor Lina Okafor'),
      speakerId: 'okafor',
      channelId: null,
      confidence: 0.9,
      rule: 'leading',
    },
    {
      id: 'q-okafor-2',
      kind: 'indirect',
      content: [spanOf('tolls would stay')],
      verbatim: [],
      cue: spanOf('told'),
      source: spanOf('She'),
      speakerId: 'okafor',
      channelId: 'courier',
      confidence: 0.8,
      rule: 'leading',
    },
    {
      id: 'q-brandt',
      kind: 'direct',
      content: [spanOf('"We are ready,"'), spanOf('"and the cables are in."')],
      verbatim: [spanOf('We are ready,'), spanOf('and the cables are in.')],
      cue: spanOf('said', 1),
      source: spanOf('Tomas Brandt'),
      speakerId: 'brandt',
      channelId: null,
      confidence: 0.95,
      rule: 'trailing',
    },
  ],
  claims: [
    {
      id: 'c-budget',
      content: [spanOf('the budget grew by a third')],
      cue: spanOf('According to'),
      source: spanOf('city officials'),
      sourceId: 'officials',
      hedge: 'none',
      confidence: 0.8,
    },
  ],
  extractor: { name: 'sourcetrace', version: 'test' },
};
