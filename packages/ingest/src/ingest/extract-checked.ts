import { formatPath, validateArticle, type Article } from '@sourcetrace/article-model';
import { extract, type ExtractInput, type ExtractOptions } from '@sourcetrace/extract';

export interface ExtractTask {
  input: ExtractInput;
  options?: ExtractOptions;
}

export type ExtractResult = { ok: true; article: Article } | { ok: false; reason: string };

/**
 * Extracts one article and checks it against the model before anything is stored, so a
 * faulty extraction becomes a failed item with a reason instead of a bad row.
 */
export function extractChecked({ input, options }: ExtractTask): ExtractResult {
  try {
    const checked = validateArticle(extract(input, options));
    if (checked.ok) return { ok: true, article: checked.article };
    const first = checked.problems[0];
    const where = first ? `${formatPath(first.path)}: ${first.message}` : 'unknown problem';
    return { ok: false, reason: `extraction produced an invalid article (${where})` };
  } catch (error) {
    return {
      ok: false,
      reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
