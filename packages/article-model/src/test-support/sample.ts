import { SCHEMA_VERSION, type Article } from '../schemas.js';

// An invented article used across these tests.
export const sample: Article = {
  schemaVersion: SCHEMA_VERSION,
  id: 'a1',
  text: 'Mayor Ana Ruiz said the bridge "will open in May". She added that tolls would stay.',
  title: null,
  source: { format: 'text' },
  blocks: [{ kind: 'paragraph', span: { start: 0, end: 83 } }],
  entities: [
    {
      id: 'e1',
      kind: 'person',
      name: 'Ana Ruiz',
      aliases: ['Ruiz'],
      mentions: [
        { span: { start: 6, end: 14 }, form: 'name' },
        { span: { start: 51, end: 54 }, form: 'pronoun' },
      ],
      descriptors: ['Mayor'],
    },
  ],
  quotes: [
    {
      id: 'q1',
      kind: 'mixed',
      content: [{ start: 20, end: 49 }],
      verbatim: [{ start: 32, end: 48 }],
      cue: { start: 15, end: 19 },
      source: { start: 0, end: 14 },
      speakerId: 'e1',
      channelId: null,
      confidence: 0.9,
      rule: 'leading',
    },
  ],
  claims: [],
  extractor: { name: 'sourcetrace', version: '0.1.0' },
};
