export {
  openStore, NewsStore, type AddArticlesResult, type ArticleOutcome, type OpenStoreOptions, type SliceFilter, type StoreCounts,
} from './store.js';
export { SCHEMA_VERSION } from './migrations.js';
export { DEFAULT_SCHEMA } from './connection.js';
