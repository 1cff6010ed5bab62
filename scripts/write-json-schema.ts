/**
 * Writes the JSON Schema of the graph document to dist/schema.json, shipped as `newsgraph/schema.json`.
 * Run by `npm run build` after tsup; generated from the zod schemas, so never edit the output by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphJSONSchema } from '../src/io/json-schema.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(graphJSONSchema(), null, 2)}\n`);
console.log(`JSON Schema written to ${out}`);
