export { collectEntities } from './table.js';
export type { EntityDraft, EntityTable, SourceRequest } from './types.js';
