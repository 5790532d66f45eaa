/** Where an undated occurrence sorts in a timeline: after every dated one. */
export const UNDATED = '~';

/** Key of an occurrence in its statement's timeline: date, then ingest order. */
export function timelineKey(publishedSort: string): string {
  return publishedSort === '' ? UNDATED : publishedSort;
}
