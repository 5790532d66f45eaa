import { useEffect, useState } from 'react';

export type Resource<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/** A user-facing sentence for a failed load: the error's message, never a stack trace. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Loads once per change of `deps`; a result that arrives after the deps changed is dropped.
 * A null `load` waits (the resource stays loading) until something it needs is there.
 */
export function useResource<T>(
  load: (() => Promise<T>) | null,
  deps: readonly unknown[],
): Resource<T> {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  useEffect(() => {
    if (!load) return;
    let current = true;
    setState((previous) => (previous.status === 'loading' ? previous : { status: 'loading' }));
    load().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) => current && setState({ status: 'error', message: describeError(error) }),
    );
    return () => {
      current = false;
    };
  }, deps);
  return state;
}
