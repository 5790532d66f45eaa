/** @jsxRuntime automatic */
// The pragma in each .tsx file keeps the JSX transform right when another package runs this
// source directly (tsx from the repository root reads no tsconfig with a jsx setting).
import { render } from 'ink';
import type { CorpusReader } from '@sourcetrace/article-model';
import { App } from './app/app.js';
import type { Route } from './app/routes.js';
import { firstLibraryPage } from './screens/library.js';
import { colorAllowed } from './text/theme.js';

export interface RunTuiOptions {
  reader: CorpusReader;
  color?: boolean;
  /** The first screen; the library by default. */
  initial?: Route;
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
}

/** Draws the terminal reader until the user quits. */
export async function runTui(options: RunTuiOptions): Promise<void> {
  const initial: Route = options.initial ?? { screen: 'library' };
  // The library's first page is fetched before drawing, so the first frame is a full one; if
  // that fails, the library itself says why.
  const libraryPage =
    initial.screen === 'library' && !initial.publisher && !initial.entity
      ? await firstLibraryPage(options.reader).catch(() => undefined)
      : undefined;
  const instance = render(
    <App
      reader={options.reader}
      color={options.color ?? colorAllowed()}
      initial={initial}
      libraryPage={libraryPage}
    />,
    {
      stdout: options.stdout ?? process.stdout,
      stdin: options.stdin ?? process.stdin,
      exitOnCtrlC: true,
    },
  );
  await instance.waitUntilExit();
}
