import type { EntityRef, Statement } from '@sourcetrace/article-model';
import { csvRow } from './csv.js';
import type { ExportFormat } from './formats.js';

/** One row per occurrence: the statement it belongs to, where and when it ran, and its words. */
export const STATEMENT_COLUMNS = [
  'statement',
  'canonical',
  'flags',
  'outlets',
  'first_outlet',
  'first_date',
  'article',
  'outlet',
  'date',
  'speaker',
  'wording',
] as const;

const BOM = '\uFEFF';

export async function* statementsToJsonl(
  statements: AsyncIterable<Statement>,
): AsyncGenerator<string> {
  for await (const statement of statements) yield JSON.stringify(statement) + '\n';
}

export async function* statementsToCsv(
  statements: AsyncIterable<Statement>,
): AsyncGenerator<string> {
  yield BOM + csvRow(STATEMENT_COLUMNS);
  for await (const s of statements) {
    let rows = '';
    for (const o of s.timeline)
      rows += csvRow([
        s.id,
        s.canonical,
        s.flags.join(' '),
        String(s.outlets),
        s.firstSeen.outlet ?? '',
        s.firstSeen.publishedAt ?? '',
        o.article.id,
        o.outlet ?? '',
        o.publishedAt ?? '',
        o.speaker?.name ?? '',
        o.wording,
      ]);
    yield rows;
  }
}

const person = (ref: EntityRef) => ({
  '@type': ref.outlet ? 'NewsMediaOrganization' : ref.kind === 'person' ? 'Person' : 'Organization',
  '@id': `urn:sourcetrace:entity:${ref.id}`,
  name: ref.name,
});

/**
 * A schema.org graph of Quotation items, one per statement: the canonical words, who said them
 * (every speaker some article named), when first reported, and every article that carried them
 * as a citation, each with the words it printed.
 */
export async function* statementsToJsonLd(
  statements: AsyncIterable<Statement>,
): AsyncGenerator<string> {
  yield '{"@context":"https://schema.org","@graph":[';
  let first = true;
  for await (const s of statements) {
    const node = {
      '@id': `urn:sourcetrace:statement:${s.id}`,
      '@type': 'Quotation',
      identifier: s.id,
      text: s.canonical,
      spokenByCharacter: s.speaker ? person(s.speaker) : undefined,
      creator: s.speakers.map(person),
      dateCreated: s.firstSeen.publishedAt ?? undefined,
      keywords: s.flags,
      citation: s.timeline.map((o) => ({
        '@type': 'NewsArticle',
        '@id': `urn:sourcetrace:article:${o.article.id}`,
        headline: o.article.title ?? undefined,
        datePublished: o.publishedAt ?? undefined,
        publisher: o.outlet ? { '@type': 'Organization', name: o.outlet } : undefined,
        text: o.wording,
      })),
    };
    yield (first ? '\n' : ',\n') + JSON.stringify(node);
    first = false;
  }
  yield '\n]}\n';
}

/** The statements export as a stream of text chunks. */
export function exportStatements(
  statements: AsyncIterable<Statement>,
  format: ExportFormat,
): AsyncGenerator<string> {
  if (format === 'csv') return statementsToCsv(statements);
  if (format === 'jsonld') return statementsToJsonLd(statements);
  return statementsToJsonl(statements);
}
