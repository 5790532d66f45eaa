// The part of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
    body?: string;
    /** Seconds a request may wait for its answer before the connection is dropped and opened again. */
    timeout?: number;
  }
  export interface Histogram {
    average: number;
    p50: number;
    p99: number;
  }
  export interface Result {
    requests: Histogram & { total: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    /** Answers per status code. */
    statusCodeStats?: Record<string, { count: number }>;
  }
  /** A run under way: awaiting it gives the result; stop() ends it early. */
  export interface Run extends PromiseLike<Result> {
    stop(): void;
    /** Each answer as it comes, with its latency in ms. */
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, bytes: number, latencyMs: number) => void,
    ): this;
  }
  function autocannon(options: Options): Run;
  export default autocannon;
}
