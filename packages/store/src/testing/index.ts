export { syntheticArticle, syntheticCorpus } from './synthetic.js';
