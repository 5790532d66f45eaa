import { createHash } from 'node:crypto';
import type { Article, Entity, Quote } from '@sourcetrace/article-model';

/** One quoted line in an invented article: its words and whom the article gives them to. */
export interface QuotedLine {
  words: string;
  /** A person's full name; null when the article names no one ("a spokesperson said"). */
  speaker: string | null;
}

export interface QuotingArticle {
  publisher: string | null;
  /** ISO date; omitted when the article is undated. */
  publishedAt?: string;
  lines: QuotedLine[];
  /** Makes otherwise identical articles distinct. */
  tag?: string;
}

/**
 * A valid, invented article that quotes each line directly (`Name said: "words"`), with its
 * speakers as person entities; for tests and benchmarks of statement matching.
 */
export function quotingArticle(spec: QuotingArticle): Article {
  let text = `Report ${spec.tag ?? ''}\n\n`;
  const entities = new Map<string, Entity>();
  const quotes: Quote[] = [];
  spec.lines.forEach((line, index) => {
    let source: { start: number; end: number } | null = null;
    let speakerId: string | null = null;
    if (line.speaker === null) text += 'A spokesperson';
    else {
      source = { start: text.length, end: text.length + line.speaker.length };
      text += line.speaker;
      let entity = entities.get(line.speaker);
      if (!entity) {
        entity = {
          id: `e${entities.size + 1}`,
          kind: 'person',
          name: line.speaker,
          aliases: [],
          mentions: [],
          descriptors: [],
        };
        entities.set(line.speaker, entity);
      }
      entity.mentions.push({ span: source, form: 'name' });
      speakerId = entity.id;
    }
    text += ' ';
    const cue = { start: text.length, end: text.length + 4 };
    text += 'said: "';
    const words = { start: text.length, end: text.length + line.words.length };
    text += `${line.words}".\n\n`;
    quotes.push({
      id: `q${index + 1}`,
      kind: 'direct',
      content: [words],
      verbatim: [words],
      cue,
      source,
      speakerId,
      channelId: null,
      confidence: 0.9,
    });
  });
  return {
    schemaVersion: 1,
    id: 'a' + createHash('sha256').update(JSON.stringify(spec)).digest('hex').slice(0, 20),
    text,
    title: null,
    source: {
      format: 'text',
      ...(spec.publisher === null ? {} : { publisher: spec.publisher }),
      ...(spec.publishedAt === undefined ? {} : { publishedAt: spec.publishedAt }),
    },
    blocks: [],
    entities: [...entities.values()],
    quotes,
    claims: [],
    extractor: { name: 'test', version: '1' },
  };
}
