import { AmbiguousNameError, type NameCandidate } from '../errors.js';
import type { NewsGraph } from '../graph/news-graph.js';
import { normalizeName } from '../text/normalize-name.js';
import { getQueryIndex } from './query-index.js';
import { assertNameOrId } from './resolve-input.js';

/**
 * The keys of every actor a user may mean by `nameOrId`:
 * 1. a node key (`actor:angela-merkel`) or an id without its prefix (`angela-merkel`): that actor only;
 * 2. otherwise every actor with that name or alias, compared after `normalizeName` (case, "the", possessive "'s",
 *    punctuation), and, for a single word, every person whose name ends in it ("Merkel" -> Angela Merkel).
 * Returns [] when nothing matches; keys are sorted. The query helpers refuse a name that fits several actors
 * (see `AmbiguousNameError`); this lists them.
 *
 * @example
 * resolveActor(graph, 'Putin'); // ['actor:vladimir-putin']
 * resolveActor(graph, "Vladimir Putin's"); // ['actor:vladimir-putin']
 * resolveActor(graph, 'Smith'); // every actor that name fits, e.g. ['actor:dana-smith', 'actor:smith']
 */
export function resolveActor(graph: NewsGraph, nameOrId: string): string[] {
  return resolveActorKeys(graph, nameOrId, 'resolveActor');
}

/** `resolveActor` for other helpers: errors name `caller`, the function the user called. */
export function resolveActorKeys(graph: NewsGraph, nameOrId: string, caller: string): string[] {
  const index = getQueryIndex(graph, caller);
  assertNameOrId(nameOrId, caller);
  for (const key of [nameOrId, `actor:${nameOrId}`]) {
    if (graph.hasNode(key) && graph.getNodeAttribute(key, 'nodeType') === 'actor') return [key];
  }
  const name = normalizeName(nameOrId);
  if (name === '') return [];
  const keys = new Set(index.actorsByName.get(name) ?? []);
  if (!name.includes(' ')) for (const key of index.personsBySurname.get(name) ?? []) keys.add(key);
  return [...keys].sort();
}

/**
 * The actors a query helper answers for. A person known only by the query's surname ("Kirby") is the same person
 * as the one full name that ends in it ("John Kirby"), so both count; two or more other actors make the name
 * ambiguous: AmbiguousNameError, or all of them with `ambiguous: 'all'`.
 */
export function actorsForQuery(graph: NewsGraph, nameOrId: string, caller: string, ambiguous: 'throw' | 'all' = 'throw'): string[] {
  const keys = resolveActorKeys(graph, nameOrId, caller);
  if (ambiguous === 'all' || keys.length < 2) return keys;
  const distinct = keys.filter((key) => !isBareName(graph, key));
  if (distinct.length < 2) return keys;
  throw new AmbiguousNameError(caller, nameOrId, keys.map((key) => candidate(graph, key)));
}

/** A person node whose whole name is one word: a surname met without a first name. */
function isBareName(graph: NewsGraph, key: string): boolean {
  const node = graph.getNodeAttributes(key);
  return node.nodeType === 'actor' && node.kind === 'person' && !normalizeName(node.name).includes(' ');
}

/** How AmbiguousNameError lists a node. */
export function candidate(graph: NewsGraph, key: string): NameCandidate {
  const node = graph.getNodeAttributes(key);
  return { key, name: node.label, kind: 'kind' in node ? String(node.kind) : node.nodeType, articles: node.articleIds.length };
}
