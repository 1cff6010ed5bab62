export { fromJSON, toJSON, GRAPH_FORMAT, GRAPH_FORMAT_VERSION, READABLE_VERSIONS } from './json.js';
export { graphJSONSchema, GRAPH_JSON_SCHEMA_ID } from './json-schema.js';
export { toGEXF, gexfNodeAttributes, gexfEdgeAttributes, type GexfOptions } from './gexf.js';
export { toNeo4j, cypherString, NEO4J_LABELS, NEO4J_RELATIONSHIP_TYPES, NEO4J_ARRAY_DELIMITER, type Neo4jExport, type ExportFile } from './neo4j.js';
export { layoutPositions, type Position } from './layout.js';
export { NODE_COLORS, nodeSize } from './style.js';
export { toViewHTML } from './view-html.js';
