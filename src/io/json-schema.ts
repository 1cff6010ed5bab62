import { z } from 'zod';
import { GraphJSONSchema } from '../schema/graph.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from './json.js';

/**
 * The schema's `$id`: a URN rather than a URL, because the schema is shipped in the package
 * (`newsgraph/schema.json`, written to `dist/schema.json` by the build), not served from anywhere.
 */
export const GRAPH_JSON_SCHEMA_ID = `urn:newsgraph:graph-json:v${GRAPH_FORMAT_VERSION}`;

/**
 * The JSON Schema (draft 2020-12) of the document `toJSON` writes, generated from `GraphJSONSchema` so the two can
 * never disagree. For users outside Node (Python's `jsonschema`, ajv, editors) who want to check a graph file.
 * The schema describes the shape; `fromJSON` also checks what a schema cannot (node keys match their records, edge
 * endpoints exist and have the right node types).
 *
 * @example
 * import { graphJSONSchema } from 'newsgraph';
 * writeFileSync('schema.json', JSON.stringify(graphJSONSchema(), null, 2));
 */
export function graphJSONSchema(): Record<string, unknown> {
  // 'input' so optional fields with defaults and loose objects read as what a document may contain.
  const generated = z.toJSONSchema(GraphJSONSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: GRAPH_JSON_SCHEMA_ID,
    title: `${GRAPH_FORMAT} graph, version ${GRAPH_FORMAT_VERSION}`,
    description: 'A newsgraph knowledge graph as written by toJSON and read by fromJSON: nodes and edges sorted by key.',
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
  };
}
