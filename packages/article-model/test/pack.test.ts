// Reuse for real: pack the package, install the tarball into a scratch project outside the
// workspace, and use it there from plain ESM and from TypeScript with the shipped types.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const scratch = mkdtempSync(join(tmpdir(), 'sourcetrace-model-consumer-'));
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function typecheck(cwd: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: run(process.execPath, [tsc, '-p', 'tsconfig.json'], cwd) };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout) };
  }
}

const consumerTs = `
import { validateArticle, overlay, quoteText, type Article } from '@sourcetrace/article-model';

const article: Article = {
  schemaVersion: 1,
  id: 'x1',
  text: 'Ana said "yes".',
  title: null,
  source: { format: 'text' },
  blocks: [{ kind: 'paragraph', span: { start: 0, end: 15 } }],
  entities: [{ id: 'e1', kind: 'person', name: 'Ana', aliases: [], mentions: [{ span: { start: 0, end: 3 }, form: 'name' }], descriptors: [] }],
  quotes: [{ id: 'q1', kind: 'direct', content: [{ start: 10, end: 13 }], verbatim: [{ start: 10, end: 13 }], cue: { start: 4, end: 8 }, source: { start: 0, end: 3 }, speakerId: 'e1', channelId: null, confidence: 1 }],
  claims: [],
  extractor: { name: 'consumer', version: '1' },
};
const result = validateArticle(article);
const runs: number = overlay(article).length;
const said: string = quoteText(article, article.quotes[0]!);
export const summary = { ok: result.ok, runs, said };
`;

const consumerMjs = `
import { validateArticle, overlay, quoteText } from '@sourcetrace/article-model';
import schema from '@sourcetrace/article-model/schema/article.schema.json' with { type: 'json' };
const article = JSON.parse(process.argv[2]);
const result = validateArticle(article);
const broken = validateArticle({ ...article, quotes: [{ ...article.quotes[0], speakerId: 'nobody' }] });
console.log(JSON.stringify({
  ok: result.ok,
  said: quoteText(article, article.quotes[0]),
  runs: overlay(article).length,
  brokenPaths: broken.ok ? [] : broken.problems.map((p) => p.path.join('.')),
  schemaId: schema.$id,
}));
`;

describe('the packed package, installed elsewhere', () => {
  let installed = false;

  beforeAll(() => {
    run(process.execPath, [tsc, '-p', 'tsconfig.build.json'], packageDir);
    const packDir = join(scratch, 'pack');
    run('pnpm', ['pack', '--pack-destination', packDir], packageDir);
    const tarball = join(
      packDir,
      readdirSync(packDir).find((f) => f.endsWith('.tgz'))!,
    );
    const app = join(scratch, 'app');
    run('mkdir', ['-p', app], scratch);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], app);
    installed = true;
  }, 180_000);

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('imports from plain ESM, validates, renders and ships the JSON Schema', () => {
    expect(installed).toBe(true);
    const app = join(scratch, 'app');
    writeFileSync(join(app, 'consumer.mjs'), consumerMjs);
    const article = {
      schemaVersion: 1,
      id: 'x1',
      text: 'Ana said "yes".',
      title: null,
      source: { format: 'text' },
      blocks: [],
      entities: [
        { id: 'e1', kind: 'person', name: 'Ana', aliases: [], mentions: [], descriptors: [] },
      ],
      quotes: [
        {
          id: 'q1',
          kind: 'direct',
          content: [{ start: 10, end: 13 }],
          verbatim: [],
          cue: null,
          source: null,
          speakerId: 'e1',
          channelId: null,
          confidence: 1,
        },
      ],
      claims: [],
      extractor: { name: 'consumer', version: '1' },
    };
    const output = JSON.parse(
      run(process.execPath, ['consumer.mjs', JSON.stringify(article)], app),
    ) as unknown;
    expect(output).toEqual({
      ok: true,
      said: 'yes',
      runs: 3,
      brokenPaths: ['quotes.0.speakerId'],
      schemaId: 'https://sourcetrace.dev/schema/article.schema.json',
    });
  });

  it('type-checks a TypeScript consumer against the shipped declarations', () => {
    const app = join(scratch, 'app');
    writeFileSync(join(app, 'consumer.ts'), consumerTs);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
          noUncheckedIndexedAccess: true,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    expect(typecheck(app)).toEqual({ ok: true, output: '' });
    // And a wrong use is caught by the shipped types.
    writeFileSync(
      join(app, 'consumer.ts'),
      consumerTs.replace("kind: 'direct'", "kind: 'shouted'"),
    );
    const wrong = typecheck(app);
    expect(wrong.ok).toBe(false);
    expect(wrong.output).toMatch(/consumer\.ts.*'"shouted"' is not assignable/s);
  }, 60_000);
});
