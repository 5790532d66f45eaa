export { createApp, type AppDeps } from './app.js';
export type { JobsSource } from './routes/context.js';
export { configFromEnv, type ApiConfig } from './config.js';
export {
  listen,
  startServer,
  type ListenOptions,
  type RunningServer,
  type StartOptions,
} from './server/listen.js';
export { openApiDocument } from './openapi/document.js';
export { API_VERSION } from './version.js';
