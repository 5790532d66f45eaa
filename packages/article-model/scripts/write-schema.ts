// Regenerates schema/*.json from the zod schemas. A test fails when the files are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../src/json-schema.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(dir + file, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote schema/${file}`);
}
