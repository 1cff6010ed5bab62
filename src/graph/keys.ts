import type { EdgeType, NodeType } from '../schema/graph.js';

/*
 * Node keys are record ids, always prefixed with their node type. The prefix is what keeps keys such as
 * `__proto__` or `constructor` out of graphology, whose adjacency lists are plain objects keyed by node key.
 */

/** `id` with the `type:` prefix, added when missing: `prefixed('actor', 'putin')` is `actor:putin`. */
export function prefixed(type: NodeType, id: string): string {
  return id.startsWith(`${type}:`) ? id : `${type}:${id}`;
}

/** Key of the node of the article whose `article.id` is `articleId`. */
export function articleKey(articleId: string): string {
  return prefixed('article', articleId);
}

/** Key of the node of an absolute TimeML date value. */
export function dateKey(value: string): string {
  return `date:${value}`;
}

/** Deterministic edge key: `${type}:${source}->${target}:${articleId}:${n}`, n counting repeats of the same link. */
export function edgeKey(type: EdgeType, source: string, target: string, articleId: string, n: number): string {
  return `${type}:${source}->${target}:${articleId}:${n}`;
}
