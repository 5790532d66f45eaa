import fc from 'fast-check';

/**
 * Requests generated from the OpenAPI document: for every operation it lists, requests that
 * follow its parameter and body schemas, bend them, or break them outright. A new route is in
 * the document, so it is fuzzed without anything added here.
 */

type JsonSchema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  format?: string;
};

interface Parameter {
  name: string;
  in: 'path' | 'query';
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** OpenAPI path, with {name} placeholders. */
  path: string;
  operationId: string;
  parameters: Parameter[];
  body?: JsonSchema;
  write: boolean;
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Values known to the server under test (ids, cursors it issued), so requests reach deep. */
export interface KnownValues {
  articleIds: string[];
  entityIds: string[];
  cursors: string[];
  apiKey: string;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, JsonSchema> };
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const body = (
        operation.requestBody as
          { content: { 'application/json': { schema: JsonSchema } } } | undefined
      )?.content['application/json'].schema;
      return {
        method: method.toUpperCase(),
        path,
        operationId: String(operation.operationId),
        parameters: (operation.parameters ?? []) as Parameter[],
        write: Array.isArray(operation.security),
        ...(body ? { body } : {}),
      };
    }),
  );
}

const forgedCursor = (list: string, values: unknown[]) =>
  Buffer.from(JSON.stringify({ l: list, v: values })).toString('base64url');

/** Strings a careless or hostile client sends. */
const HOSTILE = [
  '',
  '\u0000',
  'a\u0000b',
  '\u00ff\u00fe',
  '\ufffd',
  '\ud800',
  '../../../etc/passwd',
  "' OR 1=1 --",
  '"; DROP TABLE articles; --',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '%00',
  '%',
  '-1',
  '0',
  '2147483648',
  '9223372036854775808',
  '1e309',
  'NaN',
  'true',
  ' ',
  'Ｆｕｌｌｗｉｄｔｈ',
  'x'.repeat(600),
  forgedCursor('articles', ['2024-01-01', 2 ** 31]),
  forgedCursor('articles', ['2024\u0000', 1]),
  forgedCursor('quotes', ['2024-01-01', 1, 2 ** 53]),
  forgedCursor('entities:quotes', [-5, 'a']),
  forgedCursor('related', [1e30, '\u0000']),
];

/** Lone surrogates replaced, as a browser would before percent-encoding. */
const wellFormed = (text: string) => text.replace(/\p{Surrogate}/gu, '\ufffd');

/** `arbitrary` about one time in `every`, else null. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>, every: number) =>
  fc.oneof({ weight: 1, arbitrary }, { weight: every - 1, arbitrary: fc.constant(null) });

const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

/** URLs the server would be asked to fetch: none may reach anything, all must be 4xx. */
const URLS = [
  'http://127.0.0.1:1/a',
  'http://localhost:1/',
  'http://[::1]:1/',
  'http://[::7f00:1]:1/',
  'http://[64:ff9b::a9fe:a9fe]/latest',
  'http://[2002:a00:1::1]/',
  'http://169.254.169.254/latest/meta-data',
  'http://0x7f000001/',
  'http://no-such-host.invalid/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'http://user:pass@127.0.0.1:1/',
];

/** A value following the schema: most of the time; otherwise something it does not allow. */
function valueFor(
  schema: JsonSchema,
  components: OpenApiDocument['components'],
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    const target = components.schemas[name];
    return target ? valueFor(target, components, depth) : fc.jsonValue();
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  const wrong = fc.oneof(hostile, fc.jsonValue({ maxDepth: 2 }));
  let fitting: fc.Arbitrary<unknown>;
  if (alternatives) fitting = fc.oneof(...alternatives.map((s) => valueFor(s, components, depth)));
  else if (schema.enum) fitting = fc.constantFrom(...schema.enum);
  else if (schema.type === 'integer' || schema.type === 'number')
    fitting = fc.integer({
      min: schema.minimum ?? -10,
      max: Math.min(schema.maximum ?? 1000, 1000),
    });
  else if (schema.type === 'boolean') fitting = fc.boolean();
  else if (schema.type === 'array')
    fitting =
      depth > 3
        ? fc.constant([])
        : fc.array(valueFor(schema.items ?? {}, components, depth + 1), { maxLength: 3 });
  else if (schema.type === 'object' && schema.properties && depth <= 3)
    fitting = objectFor(schema, components, depth);
  else if (schema.type === 'string' && schema.format === 'uri') fitting = fc.constantFrom(...URLS);
  else if (schema.type === 'string' && schema.format?.startsWith('date'))
    fitting = fc.constantFrom('2024-02-29', '2023-13-01', '2024-05-01T10:00:00Z', '0000-00-00');
  else if (schema.type === 'string')
    fitting = fc.oneof(
      fc.lorem({ maxCount: 12 }),
      fc.constantFrom('"We will appeal," said Oren Castellan, the council leader.'),
    );
  else fitting = fc.jsonValue({ maxDepth: 2 });
  return fc.oneof({ weight: 4, arbitrary: fitting }, { weight: 1, arbitrary: wrong });
}

function objectFor(schema: JsonSchema, components: OpenApiDocument['components'], depth: number) {
  const properties = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  return fc
    .tuple(
      ...properties.map(([name, property]) =>
        fc.option(valueFor(property, components, depth + 1), {
          nil: undefined,
          freq: required.has(name) ? 10 : 2,
        }),
      ),
      rarely(fc.tuple(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })), 8),
    )
    .map((values) => {
      const object: Record<string, unknown> = {};
      properties.forEach(([name], i) => {
        if (values[i] !== undefined) object[name] = values[i];
      });
      const extra = values[properties.length] as [string, unknown] | null;
      if (extra) object[`x${extra[0]}`] = extra[1];
      return object;
    });
}

/** A parameter value: from its schema, a known id or cursor, or hostile. */
function parameterValue(
  parameter: Parameter,
  known: KnownValues,
  components: OpenApiDocument['components'],
) {
  const knownValues =
    parameter.name === 'cursor'
      ? known.cursors
      : parameter.name === 'entityId' || /speaker|channel|source|entity/.test(parameter.name)
        ? known.entityIds
        : parameter.name === 'id' || parameter.name === 'article'
          ? [...known.articleIds, ...known.entityIds]
          : [];
  return fc.oneof(
    {
      weight: 3,
      arbitrary: valueFor(parameter.schema, components).map((v) =>
        typeof v === 'string' ? v : JSON.stringify(v),
      ),
    },
    {
      weight: knownValues.length > 0 ? 3 : 0,
      arbitrary: fc.constantFrom(...(knownValues.length > 0 ? knownValues : [''])),
    },
    { weight: 2, arbitrary: hostile },
  );
}

const BODY_NOISE = [
  '{',
  '[1,2',
  'null',
  '"text"',
  '{"text": "a",}',
  '\u0000',
  '{"text":"\\ud800"}',
  'x'.repeat(70_000),
];

/** Every kind of request for one operation. */
export function requestsFor(
  operation: Operation,
  known: KnownValues,
  document: OpenApiDocument,
): fc.Arbitrary<FuzzRequest> {
  const components = document.components;
  const values = operation.parameters.map((parameter) =>
    fc.option(parameterValue(parameter, known, components), {
      nil: undefined,
      freq: parameter.in === 'path' ? 100 : 2,
    }),
  );
  const body = operation.body
    ? fc.oneof(
        {
          weight: 5,
          arbitrary: valueFor(operation.body, components).map(
            (value) => JSON.stringify(value) ?? 'null',
          ),
        },
        { weight: 1, arbitrary: fc.constantFrom(...BODY_NOISE) },
      )
    : fc.constant(undefined);
  return fc
    .record({
      values: fc.tuple(...values),
      extraQuery: rarely(fc.tuple(fc.constantFrom('zz', 'limit', 'cursor', 'q', ''), hostile), 6),
      body,
      method: fc.oneof(
        { weight: 12, arbitrary: fc.constant(operation.method) },
        {
          weight: 1,
          arbitrary: fc.constantFrom('PUT', 'PATCH', 'OPTIONS', 'HEAD', 'DELETE', 'POST', 'GET'),
        },
      ),
      contentType: fc.oneof(
        { weight: 8, arbitrary: fc.constant('application/json') },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            'text/plain',
            'application/json; charset=latin1',
            'multipart/form-data',
            '',
          ),
        },
      ),
      authorization: fc.constantFrom(
        `Bearer ${known.apiKey}`,
        `Bearer ${known.apiKey}`,
        'Bearer wrong',
        'Basic x',
        '',
      ),
      accept: fc.constantFrom('application/json', '*/*', 'text/html', 'image/png'),
    })
    .map(
      ({ values: chosen, extraQuery, body: text, method, contentType, authorization, accept }) => {
        let path = operation.path;
        const query = new URLSearchParams();
        operation.parameters.forEach((parameter, i) => {
          const value = chosen[i];
          if (parameter.in === 'path')
            path = path.replace(
              `{${parameter.name}}`,
              encodeURIComponent(wellFormed(value ?? 'x')) || 'x',
            );
          else if (value !== undefined) query.append(parameter.name, value);
        });
        if (extraQuery) query.append(extraQuery[0], extraQuery[1]);
        const search = query.toString();
        const headers: Record<string, string> = { accept };
        if (authorization) headers.authorization = authorization;
        const sendsBody = text !== undefined && method !== 'GET' && method !== 'HEAD';
        if (sendsBody && contentType) headers['content-type'] = contentType;
        return {
          method,
          url: search ? `${path}?${search}` : path,
          headers,
          ...(sendsBody ? { body: text } : {}),
        };
      },
    );
}
