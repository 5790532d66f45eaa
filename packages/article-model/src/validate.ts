import { Article, type Span } from './schemas.js';

export type ProblemPath = (string | number)[];
export interface Problem {
  /** Where in the article, e.g. ["quotes", 3, "content", 1]. */
  path: ProblemPath;
  message: string;
}
export type Validation = { ok: true; article: Article } | { ok: false; problems: Problem[] };

/**
 * Checks an article against its schema and against the rules shape cannot express:
 * spans inside the text and non-empty, ids unique, references resolving, content pieces
 * ordered and disjoint, blocks ordered. Reports every problem, not only the first.
 */
export function validateArticle(input: unknown): Validation {
  const parsed = Article.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: issue.message,
      })),
    };
  }
  const article = parsed.data;
  const problems = semanticProblems(article);
  return problems.length === 0 ? { ok: true, article } : { ok: false, problems };
}

/** Throws an Error listing the problems; for callers that cannot go on without a valid article. */
export function assertValidArticle(input: unknown): Article {
  const result = validateArticle(input);
  if (result.ok) return result.article;
  const lines = result.problems.slice(0, 20).map((p) => `  ${formatPath(p.path)}: ${p.message}`);
  throw new Error(`Invalid article:\n${lines.join('\n')}`);
}

export function formatPath(path: ProblemPath): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

function semanticProblems(article: Article): Problem[] {
  const problems: Problem[] = [];
  const length = article.text.length;
  const report = (path: ProblemPath, message: string) => problems.push({ path, message });

  const checkSpan = (span: Span, path: ProblemPath) => {
    if (span.end > length)
      report(path, `span ends at ${span.end}, past the end of the text (${length})`);
    if (span.start >= span.end)
      report(path, `span is empty or reversed (${span.start}..${span.end})`);
  };
  const checkPieces = (spans: Span[], path: ProblemPath) => {
    spans.forEach((span, i) => {
      checkSpan(span, [...path, i]);
      const previous = spans[i - 1];
      if (previous && span.start < previous.end) {
        report(
          [...path, i],
          `pieces must be ordered and disjoint: starts at ${span.start}, before the previous piece ends (${previous.end})`,
        );
      }
    });
  };
  const checkOptionalSpan = (span: Span | null, path: ProblemPath) => {
    if (span) checkSpan(span, path);
  };

  article.blocks.forEach((block, i) => {
    checkSpan(block.span, ['blocks', i, 'span']);
    const previous = article.blocks[i - 1];
    if (previous && block.span.start < previous.span.end) {
      report(['blocks', i, 'span'], 'blocks must be ordered and must not overlap');
    }
  });

  const ids = new Map<string, ProblemPath>();
  const claimId = (id: string, path: ProblemPath) => {
    const first = ids.get(id);
    if (first) report(path, `id "${id}" is already used at ${formatPath(first)}`);
    else ids.set(id, path);
  };

  const entityIds = new Set<string>();
  article.entities.forEach((entity, i) => {
    claimId(entity.id, ['entities', i, 'id']);
    entityIds.add(entity.id);
    entity.mentions.forEach((mention, j) =>
      checkSpan(mention.span, ['entities', i, 'mentions', j, 'span']),
    );
  });
  const checkRef = (ref: string | null, path: ProblemPath) => {
    if (ref !== null && !entityIds.has(ref)) report(path, `no entity has id "${ref}"`);
  };

  article.quotes.forEach((quote, i) => {
    const at = (...rest: ProblemPath): ProblemPath => ['quotes', i, ...rest];
    claimId(quote.id, at('id'));
    checkPieces(quote.content, at('content'));
    checkPieces(quote.verbatim, at('verbatim'));
    checkOptionalSpan(quote.cue, at('cue'));
    checkOptionalSpan(quote.source, at('source'));
    checkRef(quote.speakerId, at('speakerId'));
    checkRef(quote.channelId, at('channelId'));
  });

  article.claims.forEach((claim, i) => {
    const at = (...rest: ProblemPath): ProblemPath => ['claims', i, ...rest];
    claimId(claim.id, at('id'));
    checkPieces(claim.content, at('content'));
    checkOptionalSpan(claim.cue, at('cue'));
    checkOptionalSpan(claim.source, at('source'));
    checkRef(claim.sourceId, at('sourceId'));
  });

  return problems;
}
