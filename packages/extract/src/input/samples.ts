import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractInput, InputMeta } from './types.js';

/** The invented sample articles shipped with the package (same place from src/ and dist/). */
export const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url));

export interface Sample {
  /** Absolute path of the sample file. */
  file: string;
  input: ExtractInput;
}

const META_FIELDS = ['title', 'url', 'publisher', 'byline', 'publishedAt'] as const;

/**
 * Every sample, in file-name order: `.txt` files as text (with the metadata of a sibling
 * `.meta.json`, when there is one) and `.html` files as pages.
 */
export function listSamples(): Sample[] {
  return readdirSync(samplesDir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.html'))
    .sort()
    .map((name) => {
      const file = samplesDir + name;
      const content = readFileSync(file, 'utf8');
      if (name.endsWith('.html')) return { file, input: { html: content } };
      return {
        file,
        input: { text: content, ...sidecarMeta(file.replace(/\.txt$/, '.meta.json')) },
      };
    });
}

function sidecarMeta(path: string): InputMeta {
  if (!existsSync(path)) return {};
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const meta: InputMeta = {};
  for (const field of META_FIELDS) {
    const value = data[field];
    if (typeof value === 'string') meta[field] = value;
  }
  return meta;
}
