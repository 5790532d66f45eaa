export { extract, extractMany, articleId, EXTRACTOR, type ExtractOptions } from './extract.js';
export type { ExtractInput } from './input/index.js';
