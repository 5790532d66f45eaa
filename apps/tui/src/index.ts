export { App, type AppProps } from './app/app.js';
export type { Route } from './app/routes.js';
export { runTui, type RunTuiOptions } from './run.js';
export { HELP_TEXT } from './help-text.js';
export { colorAllowed } from './text/theme.js';
export { connectToApi } from './data/api-reader.js';
export { firstLibraryPage, type LibraryPage } from './screens/library.js';
