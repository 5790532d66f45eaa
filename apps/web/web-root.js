// The built web page, for the API and the CLI to serve (`vite build` writes it).
import { fileURLToPath } from 'node:url';

export const webRoot = fileURLToPath(new URL('./dist', import.meta.url));
