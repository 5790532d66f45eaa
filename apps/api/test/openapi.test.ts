import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Express } from 'express';
import { syntheticCorpus } from '@sourcetrace/store/testing';
import { sqliteTestStore, testApp, type TestStore } from './support.js';

interface Operation {
  parameters: { name: string; in: string; schema: object }[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
}

const DOC_ID = 'https://sourcetrace.dev/openapi.json';

/** Every [pointer, $ref] in the document. */
function refs(value: unknown, pointer = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => refs(item, `${pointer}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string'
      ? [[pointer, inner] as [string, string]]
      : refs(inner, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`),
  );
}

function resolvePointer(document: unknown, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      document,
    );
}

/** The (method, path) pairs the app really routes, from Express's own router (not the 405 catch-alls). */
function expressRoutes(app: Express): string[] {
  const stack = (
    app as unknown as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    }
  ).router.stack;
  return stack.flatMap((layer) =>
    layer.route && Object.keys(layer.route.methods).length < 5
      ? Object.keys(layer.route.methods).map(
          (method) => `${method} ${layer.route?.path.replace(/:(\w+)/g, '{$1}')}`,
        )
      : [],
  );
}

describe('OpenAPI document', () => {
  let test: TestStore;
  let app: Express;
  let doc: Document;

  beforeAll(async () => {
    test = await sqliteTestStore();
    for (const article of syntheticCorpus(2)) await test.store.putArticle(article);
    app = testApp(test.store);
    doc = (await request(app).get('/v1/openapi.json').expect(200).expect('Content-Type', /json/))
      .body as Document;
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('is OpenAPI 3.1 and lists exactly the routes the app serves', () => {
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method} ${path}`),
    );
    const routed = expressRoutes(app);
    expect(routed.length).toBeGreaterThan(15);
    expect(documented.sort()).toEqual(routed.sort());
    for (const expected of [
      'get /v1/articles/{id}',
      'post /v1/articles',
      'get /v1/entities/{id}/quotes',
      'get /v1/articles/{id}/entities/{entityId}/corpus',
      'get /readyz',
    ]) {
      expect(documented).toContain(expected);
    }
  });

  it('states the body size limit the server enforces on every body it takes', async () => {
    const limited = testApp(test.store, { bodyLimit: '64kb' });
    const small = (await request(limited).get('/v1/openapi.json').expect(200)).body as Document;
    const extract = (
      small.paths['/v1/extract'] as unknown as Record<string, Record<string, unknown>>
    ).post!;
    const body = extract.requestBody as { description: string; 'x-max-body-bytes': number };
    expect(body['x-max-body-bytes']).toBe(65_536);
    expect(body.description).toMatch(/65536 bytes.*413/);
    expect(extract.responses).toHaveProperty('413');
    const ingest = (doc.paths['/v1/articles'] as unknown as Record<string, Record<string, unknown>>)
      .post!;
    expect(ingest.requestBody).toMatchObject({ 'x-max-body-bytes': 2 * 1024 * 1024 });
  });

  it('resolves every $ref', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(20);
    for (const [at, ref] of all) {
      expect(ref, `at ${at}`).toMatch(/^#\/components\/schemas\//);
      expect(resolvePointer(doc, ref), `${ref} at ${at}`).toBeDefined();
    }
  });

  it('compiles with ajv (draft 2020-12) and its schemas describe real answers', async () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema(doc, DOC_ID);
    const compile = (pointer: string) => ajv.compile({ $ref: `${DOC_ID}#${pointer}` });
    for (const name of Object.keys(doc.components.schemas)) compile(`/components/schemas/${name}`);
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const at = `/paths/${path.replace(/\//g, '~1')}/${method}`;
        operation.parameters.forEach((_p, i) => compile(`${at}/parameters/${i}/schema`));
        for (const [status, response] of Object.entries(operation.responses)) {
          for (const type of Object.keys(response.content ?? {}))
            compile(`${at}/responses/${status}/content/${type.replace(/\//g, '~1')}/schema`);
        }
      }
    }

    const articleSchema = compile('/components/schemas/Article');
    const listed = await request(app).get('/v1/articles').expect(200);
    const listSchema = compile(
      '/paths/~1v1~1articles/get/responses/200/content/application~1json/schema',
    );
    expect(listSchema(listed.body), JSON.stringify(listSchema.errors)).toBe(true);
    const article = await request(app).get(`/v1/articles/${listed.body.items[0].id}`).expect(200);
    expect(articleSchema(article.body), JSON.stringify(articleSchema.errors)).toBe(true);
    expect(articleSchema({ ...article.body, unexpected: true })).toBe(false);

    const problem = await request(app).get('/v1/articles').query({ limit: 'many' }).expect(400);
    expect(compile('/components/schemas/Problem')(problem.body)).toBe(true);
  });
});
