// The piscina worker: one extraction per task, off the main thread.
import { extract } from '@sourcetrace/extract';
import { extractChecked, type ExtractTask } from './extract-checked.js';

export default extractChecked;

/**
 * The article as JSON text, for answering a client: the serialising is done here too, so the
 * thread that answers only sends a string.
 */
export function extractJson({ input, options }: ExtractTask): string {
  return JSON.stringify(extract(input, options));
}
