// The worker entry when running from TypeScript source (tests, `pnpm dev:cli`). Registering
// tsx here, before importing the worker, means the thread cannot race the loader: a worker
// started with `--import tsx` may begin loading its entry before the hooks are in place.
import { register } from 'tsx/esm/api';

register();
const { default: extractChecked, extractJson } = await import('./worker.ts');
export default extractChecked;
export { extractJson };
