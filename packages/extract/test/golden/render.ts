import type { Article, Span } from '@sourcetrace/article-model';

/**
 * A who-said-what rendering of an article for golden files: every entity, quote and claim on
 * its own lines, with the rule and confidence that produced it, so a reviewer reads a change
 * of behaviour as a diff of a few lines.
 */
export function renderGolden(article: Article): string {
  const slice = (s: Span | null) => (s ? article.text.slice(s.start, s.end) : '-');
  const pieces = (spans: Span[]) => spans.map((s) => slice(s).replace(/\s+/g, ' ')).join(' … ');
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null) => (id ? (names.get(id) ?? `?${id}`) : '-');
  const out: string[] = [`# ${article.title ?? '(untitled)'}`, '', '## Entities'];
  for (const e of article.entities) {
    const flags = [e.outlet ? 'outlet' : '', e.anonymous ? 'anonymous' : ''].filter(Boolean);
    out.push(`${e.id} ${e.kind}${flags.length ? ` (${flags.join(', ')})` : ''}: ${e.name}`);
    if (e.aliases.length) out.push(`  aliases: ${e.aliases.join(' | ')}`);
    if (e.descriptors.length) out.push(`  descriptors: ${e.descriptors.join(' | ')}`);
  }
  out.push('', '## Quotes');
  for (const q of article.quotes) {
    out.push(
      `${q.id} ${q.kind} ${q.rule ?? '-'} ${q.confidence.toFixed(2)}: ${name(q.speakerId)}` +
        ` | source "${slice(q.source)}" | cue "${slice(q.cue)}" | via ${name(q.channelId)}`,
    );
    out.push(`  ${pieces(q.content)}`);
  }
  out.push('', '## Claims');
  for (const c of article.claims) {
    out.push(
      `${c.id} ${c.hedge} ${c.rule ?? '-'}: ${name(c.sourceId)}` +
        ` | source "${slice(c.source)}" | cue "${slice(c.cue)}"`,
    );
    out.push(`  ${pieces(c.content)}`);
  }
  return out.join('\n') + '\n';
}
