import { formatPath } from '@sourcetrace/article-model';
import { extract, type ExtractInput, type ExtractOptions } from '@sourcetrace/extract';
import { prepareArticle, type PreparedArticle } from '@sourcetrace/store';

export interface ExtractTask {
  input: ExtractInput;
  options?: ExtractOptions;
}

export type ExtractResult = { ok: true; prepared: PreparedArticle } | { ok: false; reason: string };

/**
 * Extracts one article, checks it against the model and prepares it for the store, so a faulty
 * extraction becomes a failed item with a reason instead of a bad row. The check is the only
 * one the article gets (the store writes what was prepared), and it is all plain data, cheap to
 * send back from a worker thread.
 */
export function extractChecked({ input, options }: ExtractTask): ExtractResult {
  try {
    const checked = prepareArticle(extract(input, options));
    if (checked.ok) return { ok: true, prepared: checked.prepared };
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
