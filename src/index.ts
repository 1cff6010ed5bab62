export * from './schema/index.js';
export * from './errors.js';
export { parseArticle, ParseOptionsSchema, DEFAULT_MAX_LENGTH, type ParseOptions } from './parse.js';
export * from './graph/index.js';
export * from './query/index.js';
export * from './io/index.js';
export * from './store/index.js';
