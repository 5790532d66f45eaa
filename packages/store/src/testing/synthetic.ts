import { createHash } from 'node:crypto';
import {
  SCHEMA_VERSION,
  type Article,
  type Block,
  type BlockKind,
  type Claim,
  type Entity,
  type EntityKind,
  type Hedge,
  type Quote,
  type Span,
} from '@sourcetrace/article-model';

// Invented articles for tests and benchmarks. Every name, outlet and sentence here is made up;
// the small pools make the same people and organisations recur across articles, as in a real corpus.

interface PoolEntry {
  name: string;
  kind: EntityKind;
  short?: string;
  descriptor?: string;
  outlet?: boolean;
}

const PEOPLE: PoolEntry[] = [
  { name: 'Marta Velloso', short: 'Velloso', descriptor: 'finance minister', kind: 'person' },
  {
    name: 'Oren Castellan',
    short: 'Castellan',
    descriptor: 'harbour commissioner',
    kind: 'person',
  },
  {
    name: 'Priya Landsworth',
    short: 'Landsworth',
    descriptor: 'climate researcher',
    kind: 'person',
  },
  { name: 'Tomasz Erdely', short: 'Erdely', descriptor: 'opposition leader', kind: 'person' },
  { name: 'Élodie Marchetti', short: 'Marchetti', descriptor: 'trade envoy', kind: 'person' },
  { name: 'Kwame Obradin', short: 'Obradin', descriptor: 'union spokesman', kind: 'person' },
  { name: 'Hilde Sorvang', short: 'Sorvang', descriptor: 'mayor', kind: 'person' },
  { name: 'Rafael Quintaro', short: 'Quintaro', descriptor: 'military analyst', kind: 'person' },
  { name: 'Yuki Tamsen', short: 'Tamsen', descriptor: 'central bank governor', kind: 'person' },
  { name: 'Ines Barrowe', short: 'Barrowe', descriptor: 'health official', kind: 'person' },
  { name: 'Dariusz Pellam', short: 'Pellam', descriptor: 'energy executive', kind: 'person' },
  { name: 'Noor Halvesen', short: 'Halvesen', descriptor: 'foreign minister', kind: 'person' },
];

const ORGANISATIONS: PoolEntry[] = [
  { name: 'Northgate Energy', kind: 'organization' },
  { name: 'the Coastal Transit Authority', kind: 'organization' },
  { name: 'Meridian Farmers Union', kind: 'organization' },
  { name: 'the Ministry of Harbours', kind: 'organization' },
  { name: 'Valen Institute', kind: 'organization' },
  { name: 'Brightwater Bank', kind: 'organization' },
];

const OUTLETS: PoolEntry[] = [
  { name: 'The Daily Lantern', kind: 'organization', outlet: true },
  { name: 'Harbour Wire', kind: 'organization', outlet: true },
  { name: 'Evening Meridian', kind: 'organization', outlet: true },
  { name: 'Radio Calder', kind: 'organization', outlet: true },
];

const PLACES: PoolEntry[] = [
  { name: 'Port Aubrey', kind: 'location' },
  { name: 'Velmora', kind: 'location' },
  { name: 'the Calder Valley', kind: 'location' },
  { name: 'Sennick', kind: 'location' },
];

const TOPICS = [
  'the new tariff plan',
  'the harbour expansion',
  'rising grain prices',
  'the drought relief fund',
  'the transit strike',
  'the bank merger',
  'the border agreement',
  'the pension reform',
];

const STATEMENTS = [
  'We will not accept a deal that leaves workers behind',
  'The numbers simply do not add up',
  'This is the most important decision of the decade',
  'Nobody expected the costs to rise this quickly',
  'We are ready to talk whenever they are',
  'The plan was rushed and the public deserves better',
  'Our reserves are strong enough to weather this',
  'There is still time to fix the mistakes',
];

const CLAIMS = [
  'the project is already two years behind schedule',
  'ministers met the company in private last month',
  'the fund has run out of money',
  'several contracts were signed without a tender',
  'prices will fall again by the spring',
  'the strike could spread to other ports',
];

const FILLER = [
  'Officials gathered on Tuesday to discuss',
  'Residents have followed the debate over',
  'Markets reacted cautiously to news about',
  'Lawmakers are due to vote next week on',
];

/** Deterministic pseudo-random numbers (mulberry32), so a seed always gives the same article. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

function pickDistinct<T>(next: () => number, list: readonly T[], count: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < count && copy.length > 0)
    out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Builds the text piece by piece and remembers where each piece landed. */
class TextBuilder {
  text = '';
  add(piece: string): Span {
    const start = this.text.length;
    this.text += piece;
    return { start, end: this.text.length };
  }
}

/** The same id scheme as extraction: derived from the text. */
function contentId(text: string): string {
  return 'a' + createHash('sha256').update(text).digest('hex').slice(0, 20);
}

/** A valid, invented article; the same seed always gives the same article. */
export function syntheticArticle(seed: number): Article {
  const next = random(seed * 2654435761 + 1);
  const out = new TextBuilder();
  const blocks: Block[] = [];
  const entities = new Map<string, Entity>();
  const quotes: Quote[] = [];
  const claims: Claim[] = [];

  const entityFor = (entry: PoolEntry): Entity => {
    let entity = entities.get(entry.name);
    if (!entity) {
      entity = {
        id: `e${entities.size + 1}`,
        kind: entry.kind,
        name: entry.name,
        aliases: entry.short ? [entry.short] : [],
        mentions: [],
        descriptors: entry.descriptor ? [entry.descriptor] : [],
        ...(entry.outlet ? { outlet: true } : {}),
      };
      entities.set(entry.name, entity);
    }
    return entity;
  };
  const mention = (entry: PoolEntry, useShort = false): { entity: Entity; span: Span } => {
    const entity = entityFor(entry);
    const written = useShort && entry.short ? entry.short : entry.name;
    const span = out.add(written);
    entity.mentions.push({ span, form: written === entry.name ? 'name' : 'alias' });
    return { entity, span };
  };
  const block = (kind: BlockKind, write: () => void) => {
    const start = out.text.length;
    write();
    blocks.push({ kind, span: { start, end: out.text.length } });
  };

  const people = pickDistinct(next, PEOPLE, 2 + Math.floor(next() * 3));
  const organisations = pickDistinct(next, ORGANISATIONS, 1 + Math.floor(next() * 2));
  const outlets = pickDistinct(next, OUTLETS, 1 + Math.floor(next() * 2));
  const place = pick(next, PLACES);
  const topic = pick(next, TOPICS);
  const publisher = pick(next, OUTLETS).name;
  const lead = people[0] as PoolEntry;

  let title = '';
  block('title', () => {
    title = `${capitalise(topic)} divides ${place.name}`;
    out.add(`${capitalise(topic)} divides `);
    mention(place);
  });
  out.add('\n\n');
  block('byline', () => void out.add(`By staff writer ${seed}`));
  out.add('\n\n');

  block('paragraph', () => {
    out.add(`${pick(next, FILLER)} ${topic} in `);
    mention(place);
    out.add('. ');
    for (const organisation of organisations) {
      mention(organisation);
      out.add(` has been at the centre of the row. `);
    }
  });

  for (const [index, person] of people.entries()) {
    out.add('\n\n');
    block('paragraph', () => {
      const statement = pick(next, STATEMENTS);
      const style = Math.floor(next() * 3);
      const laterMention = index > 0 || next() < 0.5;
      if (style === 0) {
        // "Statement," said Name.
        out.add('"');
        const content = out.add(statement);
        out.add(',"');
        out.add(' ');
        const cue = out.add('said');
        out.add(' ');
        const speaker = mention(person, laterMention);
        out.add('.');
        quotes.push(
          quote(
            quotes.length,
            'direct',
            [content],
            [content],
            cue,
            speaker.span,
            speaker.entity.id,
            null,
            0.9,
          ),
        );
      } else if (style === 1) {
        // Name, descriptor, told Outlet that "statement".
        const speaker = mention(person);
        if (person.descriptor) out.add(`, the ${person.descriptor},`);
        out.add(' ');
        const cue = out.add('told');
        out.add(' ');
        const channel = mention(pick(next, outlets));
        out.add(' that "');
        const content = out.add(statement.charAt(0).toLowerCase() + statement.slice(1));
        out.add('."');
        quotes.push(
          quote(
            quotes.length,
            'direct',
            [content],
            [content],
            cue,
            speaker.span,
            speaker.entity.id,
            channel.entity.id,
            0.85,
          ),
        );
      } else {
        // Name said that statement (indirect).
        const speaker = mention(person, laterMention);
        out.add(' ');
        const cue = out.add('said');
        out.add(' that ');
        const content = out.add(`${topic} would be reviewed`);
        out.add('.');
        quotes.push(
          quote(
            quotes.length,
            'indirect',
            [content],
            [],
            cue,
            speaker.span,
            speaker.entity.id,
            null,
            0.7,
          ),
        );
      }
    });
  }

  // Claims: one sourced, maybe one anonymous, maybe one hedged with no source.
  out.add('\n\n');
  block('paragraph', () => {
    const cue = out.add('According to');
    out.add(' ');
    const source = mention(pick(next, organisations));
    out.add(', ');
    const content = out.add(pick(next, CLAIMS));
    out.add('. ');
    claims.push(
      claim(
        claims.length,
        [content],
        cue,
        source.span,
        source.entity.id,
        pick(next, ['none', 'belief'] as Hedge[]),
        0.8,
      ),
    );
    if (next() < 0.5) {
      const anonymous: Entity = {
        id: `e${entities.size + 1}`,
        kind: 'person',
        name: 'officials familiar with the talks',
        aliases: [],
        mentions: [],
        descriptors: [],
        anonymous: true,
      };
      entities.set(anonymous.name, anonymous);
      const anonymousSource = out.add(anonymous.name);
      anonymous.mentions.push({ span: anonymousSource, form: 'descriptor' });
      out.add(' ');
      const anonymousCue = out.add('believe');
      out.add(' that ');
      const anonymousContent = out.add(pick(next, CLAIMS));
      out.add('. ');
      claims.push(
        claim(
          claims.length,
          [anonymousContent],
          anonymousCue,
          anonymousSource,
          anonymous.id,
          'belief',
          0.6,
        ),
      );
    }
    if (next() < 0.5) {
      const rumourCue = out.add("It's rumoured that");
      out.add(' ');
      const rumour = out.add(pick(next, CLAIMS));
      out.add('.');
      claims.push(claim(claims.length, [rumour], rumourCue, null, null, 'rumour', 0.6));
    }
  });
  out.add('\n\n');
  block('paragraph', () => {
    mention(lead, true);
    out.add(` is expected to speak again about ${topic} later this week.`);
  });
  out.add('\n\n');
  block('boilerplate', () => void out.add(`Invented sample article no. ${seed}.`));

  const day = new Date(Date.UTC(2024, 0, 1) + (seed % 700) * 86_400_000 + (seed % 24) * 3_600_000);
  const slug = publisher.toLowerCase().replace(/[^a-z]+/g, '-');
  return {
    schemaVersion: SCHEMA_VERSION,
    id: contentId(out.text),
    text: out.text,
    title,
    source: {
      url: `https://news.example.com/${slug}/${seed}`,
      publisher,
      byline: `Staff writer ${seed}`,
      publishedAt: day.toISOString(),
      format: 'text',
    },
    blocks,
    entities: [...entities.values()],
    quotes,
    claims,
    extractor: { name: 'synthetic', version: '1' },
  };
}

function quote(
  index: number,
  kind: Quote['kind'],
  content: Span[],
  verbatim: Span[],
  cue: Span | null,
  source: Span | null,
  speakerId: string | null,
  channelId: string | null,
  confidence: number,
): Quote {
  return {
    id: `q${index + 1}`,
    kind,
    content,
    verbatim,
    cue,
    source,
    speakerId,
    channelId,
    confidence,
    rule: 'leading',
  };
}

function claim(
  index: number,
  content: Span[],
  cue: Span | null,
  source: Span | null,
  sourceId: string | null,
  hedge: Hedge,
  confidence: number,
): Claim {
  return {
    id: `c${index + 1}`,
    content,
    cue,
    source,
    sourceId,
    hedge,
    confidence,
    rule: 'according-to',
  };
}

/** `n` distinct invented articles (seeds `start` .. `start + n - 1`). */
export function syntheticCorpus(n: number, start = 1): Article[] {
  return Array.from({ length: n }, (_, i) => syntheticArticle(start + i));
}
