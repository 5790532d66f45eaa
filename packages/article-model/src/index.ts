export * from './schemas.js';
export * from './rules.js';
export * from './corpus.js';
export * from './statements.js';
export * from './validate.js';
export * from './helpers.js';
export * from './overlay.js';
export { jsonSchemas, SCHEMA_FILES } from './json-schema.js';
export * from './input.js';
