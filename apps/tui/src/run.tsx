/** @jsxRuntime automatic */
// The pragma in each .tsx file keeps the JSX transform right when another package runs this
// source directly (tsx from the repository root reads no tsconfig with a jsx setting).
import { render } from 'ink';
import type { CorpusReader } from '@sourcetrace/article-model';
import { App } from './app/app.js';
import type { Route } from './app/routes.js';
import { colorAllowed } from './text/theme.js';

export interface RunTuiOptions {
  reader: CorpusReader;
  color?: boolean;
  initial?: Route;
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
}

/** Draws the terminal reader until the user quits. */
export async function runTui(options: RunTuiOptions): Promise<void> {
  const instance = render(
    <App
      reader={options.reader}
      color={options.color ?? colorAllowed()}
      initial={options.initial}
    />,
    {
      stdout: options.stdout ?? process.stdout,
      stdin: options.stdin ?? process.stdin,
      exitOnCtrlC: true,
    },
  );
  await instance.waitUntilExit();
}
