import { SCHEMA_VERSION, type Article, type Span } from '@sourcetrace/article-model';

// An invented news story, hand-annotated so the end-to-end tests and the screenshot do not
// depend on how the extractor reads it: four speakers, two outlets, a rumour and a sourced claim.

const paragraphs = [
  'Talks to end the strike at the port of Calder Bay stalled on Thursday, with union leaders and ministers blaming each other for the delay.',
  '"We came to the table in good faith, and we were handed an ultimatum," said Kwabena Mensah, the dockworkers\' union leader. He told the Harbour Gazette that members would stay out "for as long as it takes".',
  'Transport minister Ilse Varga said the government\'s offer was "fair and final". According to ministry figures, the strike has cost the region more than 40 million euros.',
  'Shipping analyst Rui Tavares told Coastline Radio that the dispute "could reshape trade routes for a decade". It is rumoured that two carriers have already diverted vessels to rival ports.',
  'Varga insisted the port would reopen within a week. "Nobody wins from this," she said.',
];
const title = 'Port strike talks stall as ministers and union trade blame';
const text = [title, ...paragraphs].join('\n\n');

/** The nth occurrence of `needle`, or of `inner` inside it. */
function at(needle: string, nth = 0, inner?: string): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start === -1) throw new Error(`not in the story: ${needle}`);
  }
  if (inner === undefined) return { start, end: start + needle.length };
  const offset = needle.indexOf(inner);
  if (offset === -1) throw new Error(`${inner} is not inside ${needle}`);
  return { start: start + offset, end: start + offset + inner.length };
}

const person = (id: string, name: string, descriptor: string, mentions: Span[]) => ({
  id,
  kind: 'person' as const,
  name,
  aliases: [],
  mentions: mentions.map((span, i) => ({
    span,
    form: i === 0 ? ('name' as const) : ('alias' as const),
  })),
  descriptors: [descriptor],
});
const outlet = (id: string, name: string) => ({
  id,
  kind: 'organization' as const,
  name,
  aliases: [],
  mentions: [{ span: at(name), form: 'name' as const }],
  descriptors: [],
  outlet: true,
});

export const strikeStory: Article = {
  schemaVersion: SCHEMA_VERSION,
  id: 'invented-port-strike',
  text,
  title,
  source: {
    format: 'text',
    publisher: 'Harbour Gazette',
    byline: 'By Mara Lindqvist',
    publishedAt: '2026-03-12',
    url: 'https://gazette.example/port-strike',
  },
  blocks: [
    { kind: 'title', span: at(title) },
    ...paragraphs.map((paragraph) => ({ kind: 'paragraph' as const, span: at(paragraph) })),
  ],
  entities: [
    person('mensah', 'Kwabena Mensah', "dockworkers' union leader", [
      at('Kwabena Mensah'),
      at('He told', 0, 'He'),
    ]),
    person('varga', 'Ilse Varga', 'transport minister', [
      at('Ilse Varga'),
      at('Varga insisted', 0, 'Varga'),
      at('she said', 0, 'she'),
    ]),
    person('tavares', 'Rui Tavares', 'shipping analyst', [at('Rui Tavares')]),
    outlet('gazette', 'Harbour Gazette'),
    outlet('radio', 'Coastline Radio'),
    {
      id: 'calder',
      kind: 'location',
      name: 'Calder Bay',
      aliases: [],
      mentions: [{ span: at('Calder Bay'), form: 'name' }],
      descriptors: [],
    },
    {
      id: 'ministry',
      kind: 'organization',
      name: 'Ministry of Transport',
      aliases: ['ministry'],
      mentions: [{ span: at('ministry figures', 0, 'ministry'), form: 'metonym' }],
      descriptors: [],
    },
  ],
  quotes: [
    {
      id: 'q-mensah-table',
      kind: 'direct',
      content: [at('"We came to the table in good faith, and we were handed an ultimatum,"')],
      verbatim: [at('We came to the table in good faith, and we were handed an ultimatum,')],
      cue: at('said Kwabena', 0, 'said'),
      source: at('Kwabena Mensah'),
      speakerId: 'mensah',
      channelId: null,
      confidence: 0.96,
      rule: 'trailing',
    },
    {
      id: 'q-mensah-stay',
      kind: 'mixed',
      content: [at('members would stay out "for as long as it takes"')],
      verbatim: [at('for as long as it takes')],
      cue: at('He told', 0, 'told'),
      source: at('He told', 0, 'He'),
      speakerId: 'mensah',
      channelId: 'gazette',
      confidence: 0.88,
      rule: 'leading',
    },
    {
      id: 'q-varga-offer',
      kind: 'mixed',
      content: [at('the government\'s offer was "fair and final"')],
      verbatim: [at('fair and final')],
      cue: at('Varga said', 0, 'said'),
      source: at('Transport minister Ilse Varga'),
      speakerId: 'varga',
      channelId: null,
      confidence: 0.9,
      rule: 'leading',
    },
    {
      id: 'q-tavares-routes',
      kind: 'mixed',
      content: [at('the dispute "could reshape trade routes for a decade"')],
      verbatim: [at('could reshape trade routes for a decade')],
      cue: at('Tavares told', 0, 'told'),
      source: at('Shipping analyst Rui Tavares'),
      speakerId: 'tavares',
      channelId: 'radio',
      confidence: 0.9,
      rule: 'leading',
    },
    {
      id: 'q-varga-reopen',
      kind: 'indirect',
      content: [at('the port would reopen within a week')],
      verbatim: [],
      cue: at('insisted'),
      source: at('Varga insisted', 0, 'Varga'),
      speakerId: 'varga',
      channelId: null,
      confidence: 0.75,
      rule: 'leading',
    },
    {
      id: 'q-varga-nobody',
      kind: 'direct',
      content: [at('"Nobody wins from this,"')],
      verbatim: [at('Nobody wins from this,')],
      cue: at('she said', 0, 'said'),
      source: at('she said', 0, 'she'),
      speakerId: 'varga',
      channelId: null,
      confidence: 0.93,
      rule: 'trailing',
    },
  ],
  claims: [
    {
      id: 'c-cost',
      content: [at('the strike has cost the region more than 40 million euros')],
      cue: at('According to'),
      source: at('ministry figures'),
      sourceId: 'ministry',
      hedge: 'none',
      confidence: 0.85,
      rule: 'according-to',
    },
    {
      id: 'c-carriers',
      content: [at('two carriers have already diverted vessels to rival ports')],
      cue: at('It is rumoured that'),
      source: null,
      sourceId: null,
      hedge: 'rumour',
      confidence: 0.8,
      rule: 'passive-hedge',
    },
  ],
  extractor: { name: 'sourcetrace', version: 'invented' },
};
