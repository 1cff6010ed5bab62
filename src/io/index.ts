export { fromJSON, toJSON, GRAPH_FORMAT, GRAPH_FORMAT_VERSION, READABLE_VERSIONS } from './json.js';
export { graphJSONSchema, GRAPH_JSON_SCHEMA_ID } from './json-schema.js';
export { toGEXF, type GexfOptions } from './gexf.js';
export { toNeo4j, NEO4J_LABELS, NEO4J_RELATIONSHIP_TYPES, NEO4J_ARRAY_DELIMITER, type Neo4jExport, type ExportFile } from './neo4j.js';
export { toViewHTML } from './view-html.js';
export type { ViewDataOptions } from '../view/build-view-data.js';
