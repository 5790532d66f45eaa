export { collectEntities } from './table.js';
export type { EntityDraft, EntityTable, Gender, SourceRequest } from './types.js';
