import { createClient } from '@sourcetrace/api-client';

/** The one API client the page uses: the API that served the page. */
export const client = createClient({ baseUrl: window.location.origin });

/** A message fit to show for a failed call. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
