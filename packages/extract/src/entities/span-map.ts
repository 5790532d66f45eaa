import type { Span } from '@sourcetrace/article-model';

/**
 * Values by exact span. The key is one number per span where the text is short enough for it
 * (a string key would be built and hashed on every lookup).
 */
export class SpanMap<V> {
  private readonly map = new Map<number | string, V>();
  /** `textLength`: the length of the text the spans lie in. */
  constructor(private readonly textLength: number) {}
  has(span: Span): boolean {
    return this.map.has(this.key(span));
  }
  get(span: Span): V | undefined {
    return this.map.get(this.key(span));
  }
  set(span: Span, value: V): void {
    this.map.set(this.key(span), value);
  }
  private key(span: Span): number | string {
    return this.textLength < 2 ** 26
      ? span.start * (this.textLength + 1) + span.end
      : `${span.start}:${span.end}`;
  }
}
