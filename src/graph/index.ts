export { addArticle, type AddArticleResult, type DanglingReference } from './add-article.js';
export { buildGraph } from './build-graph.js';
export { createGraph, type NewsGraph, type NewsMultiDirectedGraph } from './news-graph.js';
