// The worker of `extract --jsonl`: a run of input lines in, their Article JSON lines out. It
// loads the extractor and the model only, not the store, so threads start quickly.
import { parseArticleInput } from '@sourcetrace/article-model';
import { extract } from '@sourcetrace/extract';
import type { LinesResult, LinesTask } from './types.js';

export default function extractLineRun({ lines, firstLine }: LinesTask): LinesResult {
  let text = '';
  const failures: LinesResult['failures'] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let id: string | number | null = null;
    try {
      // The same ArticleInput `ingest` reads, so both agree on every line.
      const parsed = parseArticleInput(JSON.parse(line));
      if (!parsed.ok) {
        id = parsed.id;
        throw new Error(parsed.error);
      }
      id = parsed.input.id ?? null;
      text += JSON.stringify(extract(parsed.input)) + '\n';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push({ line: firstLine + i, message });
      text += JSON.stringify({ id, error: message }) + '\n';
    }
  });
  return { text, failures };
}
