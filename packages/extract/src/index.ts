export { extract, extractMany, articleId, EXTRACTOR, type ExtractOptions } from './extract.js';
export { samplesDir, listSamples, type Sample, type ExtractInput } from './input/index.js';
export {
  readInput,
  type HtmlInput,
  type TextInput,
  type InputMeta,
  type ReadInput,
} from './input/index.js';
