/** Input lines handed to a thread at once, numbered from `firstLine` (1-based, blank lines counted). */
export interface LinesTask {
  lines: string[];
  firstLine: number;
}

/** One output line per non-blank input line, each ending in a newline, and the bad lines. */
export interface LinesResult {
  text: string;
  failures: { line: number; message: string }[];
}
