import type { Block } from '@sourcetrace/article-model';
import type { Sentence } from './text/sentences.js';
import type { Token } from './text/tokens.js';

/** The fixed text with its structure, shared by every extraction stage. */
export interface Doc {
  text: string;
  blocks: Block[];
  tokens: Token[];
  sentences: Sentence[];
}
