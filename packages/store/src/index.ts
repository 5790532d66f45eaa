export type { Store, StoreOptions, PutResult } from './types.js';
