/**
 * Why a fetch made on a client's behalf did not return a page. Each carries the HTTP status
 * the API should answer with, so the mapping lives in one place.
 */
export class FetchError extends Error {
  readonly status: number = 502;
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The URL or an address it resolves to (or redirects to) is not one we may open. */
export class FetchRefusedError extends FetchError {
  override readonly status = 403;
  constructor(
    message: string,
    /** The address that was refused, for logs; kept out of the message, which clients see. */
    readonly address?: string,
  ) {
    super(message);
  }
}

/** The URL itself is malformed or not http(s). */
export class FetchInvalidUrlError extends FetchError {
  override readonly status = 400;
}

/** The body is larger than the limit; reading stopped at the limit. */
export class FetchTooLargeError extends FetchError {
  override readonly status = 413;
}

/** No complete answer within the time limit. */
export class FetchTimeoutError extends FetchError {
  override readonly status = 504;
}

/** The answer is not a page or feed we can read (images, PDFs, binaries). */
export class FetchContentTypeError extends FetchError {
  override readonly status = 415;
}

/** The remote server answered with an error status or too many redirects. */
export class FetchHttpError extends FetchError {
  override readonly status = 502;
  constructor(
    message: string,
    readonly remoteStatus: number | null,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The connection failed (DNS, refused, reset). */
export class FetchNetworkError extends FetchError {
  override readonly status = 502;
}
