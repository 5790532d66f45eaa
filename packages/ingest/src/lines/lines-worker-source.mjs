// The worker entry when running from TypeScript source (tests, `pnpm dev:cli`): tsx is
// registered before the worker loads, as in ../ingest/worker-source.mjs.
import { register } from 'tsx/esm/api';

register();
const { default: extractLineRun } = await import('./lines-worker.ts');
export default extractLineRun;
