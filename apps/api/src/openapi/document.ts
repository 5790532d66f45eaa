import { z } from 'zod';
import { Problem } from '@sourcetrace/api-client';
import type { Route } from '../http/route.js';

type JsonSchema = Record<string, unknown>;

const COMPONENTS = '#/components/schemas/';

/**
 * Converts each schema with z.toJSONSchema and moves the named parts (`.meta({id})`) into
 * components.schemas, so every model type appears once and is referenced everywhere else.
 */
class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};
  private readonly seen = new Map<string, string>();

  convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const {
      $schema: _drop,
      $defs,
      ...root
    } = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      // Query strings arrive as text that the schema coerces; describe what is sent.
      unrepresentable: 'any',
    }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    for (const [name, definition] of Object.entries($defs ?? {}))
      this.add(name, rewriteRefs(definition));
    return rewriteRefs(root);
  }

  private add(name: string, definition: JsonSchema): void {
    const text = JSON.stringify(definition);
    const earlier = this.seen.get(name);
    if (earlier !== undefined && earlier !== text) {
      throw new Error(`Two different schemas are both named "${name}"; give one another id`);
    }
    this.seen.set(name, text);
    this.components[name] = definition;
  }
}

function rewriteRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(rewriteRefs) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      key === '$ref' && typeof inner === 'string'
        ? inner.replace(/^#\/\$defs\//, COMPONENTS)
        : rewriteRefs(inner);
  }
  return out as T;
}

/** Parameters of one location from a strict object schema's JSON Schema. */
function parameters(schema: JsonSchema, location: 'query' | 'path'): object[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
  }));
}

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** The OpenAPI 3.1 document of the given routes, generated from their zod schemas. */
export function openApiDocument(
  routes: Route[],
  version: string,
  options: { maxBodyBytes?: number } = {},
): object {
  const limit = options.maxBodyBytes;
  const bodyLimit =
    limit === undefined
      ? {}
      : {
          description: `At most ${limit} bytes (${(limit / 1024 / 1024).toFixed(1)} MiB); a larger body is refused with 413 from its Content-Length alone`,
          'x-max-body-bytes': limit,
        };
  const collector = new SchemaCollector();
  const problemSchema = collector.convert(Problem, 'output');
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const responses: Record<string, object> = {};
    for (const [status, spec] of Object.entries(route.responses)) {
      const isProblem = Number(status) >= 400;
      responses[status] = {
        description: spec.description,
        ...(spec.headers
          ? {
              headers: Object.fromEntries(
                Object.entries(spec.headers).map(([name, description]) => [
                  name,
                  { description, schema: { type: 'string' } },
                ]),
              ),
            }
          : {}),
        ...(spec.schema
          ? {
              content: {
                [isProblem ? 'application/problem+json' : 'application/json']: {
                  schema: collector.convert(spec.schema, 'output'),
                },
              },
            }
          : {}),
      };
    }
    responses.default = {
      description: 'Any other error, as RFC 9457 problem details',
      content: { 'application/problem+json': { schema: problemSchema } },
    };
    const operation = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      parameters: [
        ...parameters(collector.convert(route.params, 'input'), 'path'),
        ...parameters(collector.convert(route.query, 'input'), 'query'),
      ],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              ...bodyLimit,
              content: { 'application/json': { schema: collector.convert(route.body, 'input') } },
            },
          }
        : {}),
      responses,
      ...(route.key ? { security: [{ bearer: [] }] } : {}),
    };
    (paths[openApiPath(route.path)] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sourcetrace API',
      version,
      description:
        'Who said what in news articles. Reads are open; writes, and reads of the job queue, need a bearer API key when the server has one. ' +
        'Errors are RFC 9457 problem details. Lists are cursor-paginated: pass `next` back as `cursor`.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      schemas: collector.components,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'SOURCETRACE_API_KEY' },
      },
    },
  };
}
