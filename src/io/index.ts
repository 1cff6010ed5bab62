export { fromJSON, toJSON, GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from './json.js';
