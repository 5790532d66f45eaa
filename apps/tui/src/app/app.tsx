/** @jsxRuntime automatic */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApp, useInput, useStdout } from 'ink';
import type { CorpusReader } from '@sourcetrace/article-model';
import { AppContext, type AppContextValue, type KeyHandler } from './context.js';
import type { Route, StackEntry } from './routes.js';
import { colorAllowed } from '../text/theme.js';
import { LibraryScreen, type LibraryPage } from '../screens/library.js';
import { ReaderScreen } from '../screens/reader.js';
import { PeopleScreen } from '../screens/people.js';
import { EntityScreen } from '../screens/entity.js';
import { ClaimsScreen } from '../screens/claims.js';
import { HelpScreen } from '../screens/help.js';
import { StatementScreen, StatementsScreen } from '../screens/statements.js';

export interface AppProps {
  reader: CorpusReader;
  /** Draw in colour; off when NO_COLOR is set. */
  color?: boolean;
  /** The first screen; the library by default. */
  initial?: Route;
  /** The library's first page, when it was fetched before drawing (see firstLibraryPage). */
  libraryPage?: LibraryPage;
}

function terminalSize(stdout: NodeJS.WriteStream): { columns: number; rows: number } {
  return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}

function Screen(props: { route: Route }) {
  const { route } = props;
  switch (route.screen) {
    case 'library':
      return <LibraryScreen route={route} />;
    case 'reader':
      return <ReaderScreen articleId={route.articleId} quoteId={route.quoteId} />;
    case 'people':
      return <PeopleScreen articleId={route.articleId} />;
    case 'entity':
      return <EntityScreen entityId={route.entityId} />;
    case 'claims':
      return <ClaimsScreen articleId={route.articleId} />;
    case 'statements':
      return <StatementsScreen flag={route.flag} />;
    case 'statement':
      return <StatementScreen statementId={route.statementId} />;
    case 'help':
      return <HelpScreen />;
  }
}

/**
 * The terminal reader. One input router: the screen on top sees each key first; what it does
 * not use falls through to the global keys (q quit, ? help, Esc back).
 */
export function App(props: AppProps) {
  const { reader, color = colorAllowed(), initial = { screen: 'library' } } = props;
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => terminalSize(stdout));
  useEffect(() => {
    const onResize = () => setSize(terminalSize(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);

  const nextKey = useRef(1);
  const [stack, setStack] = useState<StackEntry[]>(() => [
    {
      key: 0,
      route: initial,
      memory: new Map(props.libraryPage ? [['loaded', props.libraryPage]] : []),
    },
  ]);
  const handler = useRef<KeyHandler | null>(null);
  const push = useCallback(
    (route: Route) =>
      setStack((stack) => [...stack, { key: nextKey.current++, route, memory: new Map() }]),
    [],
  );
  const replace = useCallback(
    (route: Route) => setStack((stack) => [...stack.slice(0, -1), { ...stack.at(-1)!, route }]),
    [],
  );
  const back = useCallback(
    () => setStack((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)),
    [],
  );
  // The screen leaving may clean up after the screen arriving has registered, so a screen
  // only removes its own handler.
  const setKeyHandler = useCallback((next: KeyHandler) => {
    handler.current = next;
    return () => {
      if (handler.current === next) handler.current = null;
    };
  }, []);

  const top = stack.at(-1)!;
  useInput((input, key) => {
    if (handler.current?.(input, key)) return;
    if (input === 'q') exit();
    else if (input === '?' && top.route.screen !== 'help') push({ screen: 'help' });
    else if (key.escape) back();
  });

  const context = useMemo<AppContextValue>(
    () => ({
      reader,
      color,
      columns: size.columns,
      rows: size.rows,
      entry: top,
      push,
      replace,
      back,
      canGoBack: stack.length > 1,
      setKeyHandler,
    }),
    [reader, color, size, top, push, replace, back, stack.length, setKeyHandler],
  );
  return (
    <AppContext.Provider value={context}>
      <Screen key={top.key} route={top.route} />
    </AppContext.Provider>
  );
}
