import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { extract } from '@sourcetrace/extract';
import { extractJsonLines, splitLines } from '../src/lines/extract-lines.js';

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe('splitLines', () => {
  it('breaks at \\n, \\r\\n and a lone \\r, also when a break or a character is split between chunks', async () => {
    const bytes = Buffer.from('one\r\ntwo\rthree\nfé\n\nlast', 'utf8');
    // Every split point, so \r\n and the two bytes of é each fall across a chunk boundary once.
    for (let cut = 1; cut < bytes.length; cut++) {
      const input = Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect(await collect(splitLines(input))).toEqual(['one', 'two', 'three', 'fé', '', 'last']);
    }
  });
});

describe('extractJsonLines', () => {
  it('answers every line in input order on several threads, bad lines in place with their line numbers', async () => {
    // Invented texts of very different lengths, so runs finish out of order.
    const texts = Array.from({ length: 90 }, (_, i) =>
      i % 7 === 0
        ? `Invented report ${i}. ` + '"The pier reopens in spring," said Ilse Marwick. '.repeat(200)
        : `Invented note ${i}. Oren Tallis said the ferry would run late.`,
    );
    const lines = texts.map((text, i) => JSON.stringify({ id: `n${i}`, text }));
    lines.splice(10, 0, '{not json');
    lines.splice(20, 0, '');
    const output = new PassThrough();
    let written = '';
    output.setEncoding('utf8').on('data', (chunk: string) => (written += chunk));
    const warnings: string[] = [];
    const failures = await extractJsonLines(
      Readable.from([lines.join('\n') + '\n']),
      output,
      (message) => warnings.push(message),
      { threads: 2 },
    );
    expect(failures).toBe(1);
    expect(warnings).toEqual([expect.stringMatching(/^sourcetrace extract: line 11: /)]);
    const out = written
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(out).toHaveLength(91);
    expect(out[10]).toMatchObject({ id: null, error: expect.any(String) });
    const articles = out.filter((_, i) => i !== 10);
    expect(articles).toEqual(texts.map((text) => JSON.parse(JSON.stringify(extract({ text })))));
  });
});
