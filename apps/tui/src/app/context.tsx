/** @jsxRuntime automatic */
import { createContext, useCallback, useContext, useLayoutEffect, useRef, useState } from 'react';
import type { Key } from 'ink';
import type { CorpusReader } from '@sourcetrace/article-model';
import type { Route, StackEntry } from './routes.js';

/** A screen's key handler; it returns true when it used the key, so global keys are skipped. */
export type KeyHandler = (input: string, key: Key) => boolean;

export interface AppContextValue {
  reader: CorpusReader;
  color: boolean;
  columns: number;
  rows: number;
  entry: StackEntry;
  push(route: Route): void;
  /** Replaces the top of the stack (a filter change, not a new place). */
  replace(route: Route): void;
  back(): void;
  /** False on the first screen, where Esc has nowhere to go back to. */
  canGoBack: boolean;
  /** Makes `handler` the screen's key handler; the returned function removes it again. */
  setKeyHandler(handler: KeyHandler): () => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext outside <App>');
  return value;
}

/**
 * Routes this screen's keys through the app's one input router while it is on top. A layout
 * effect, so the handler is in place in the same commit that draws the screen: a key typed
 * as soon as the screen shows is never lost.
 */
export function useKeys(handler: KeyHandler): void {
  const { setKeyHandler } = useAppContext();
  const latest = useRef(handler);
  latest.current = handler;
  useLayoutEffect(() => setKeyHandler((input, key) => latest.current(input, key)), [setKeyHandler]);
}

type Setter<T> = (value: T | ((previous: T) => T)) => void;

/**
 * State that survives leaving the screen and coming back to it with Esc. The third element
 * reads the newest value, set but perhaps not drawn yet: keys typed quickly arrive before
 * React re-renders, and each must see what the previous one did.
 */
export function useRemembered<T>(name: string, initial: T): [T, Setter<T>, () => T] {
  const { entry } = useAppContext();
  const [value, setValue] = useState<T>(() =>
    entry.memory.has(name) ? (entry.memory.get(name) as T) : initial,
  );
  const latest = useRef(value);
  const set = useCallback<Setter<T>>(
    (next) => {
      const resolved =
        typeof next === 'function' ? (next as (previous: T) => T)(latest.current) : next;
      latest.current = resolved;
      entry.memory.set(name, resolved);
      setValue(resolved);
    },
    [entry, name],
  );
  const get = useCallback(() => latest.current, []);
  return [value, set, get];
}
