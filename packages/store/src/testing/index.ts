export { syntheticArticle, syntheticCorpus } from './synthetic.js';
export { quotingArticle, type QuotedLine, type QuotingArticle } from './statement-articles.js';
export { asStored } from './as-stored.js';
export { everyPage, listedArticles, listedClaims, listedQuotes } from './pages.js';
