// Imported first, before any schema exists: the page runs under a CSP without 'unsafe-eval',
// so zod must not compile parsers with new Function (nor probe whether it may).
import { config } from 'zod';

config({ jitless: true });
