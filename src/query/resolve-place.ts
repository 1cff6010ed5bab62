import { AmbiguousNameError } from '../errors.js';
import type { NewsGraph } from '../graph/news-graph.js';
import { normalizeName } from '../text/normalize-name.js';
import { getQueryIndex } from './query-index.js';
import { candidate } from './resolve-actor.js';
import { assertNameOrId } from './resolve-input.js';

/**
 * The keys of the places a user means by `nameOrId`: a node key (`place:pokrovsk`), an id without its prefix,
 * or a name or alias compared after `normalizeName`. Returns [] when nothing matches; keys are sorted.
 *
 * @example
 * resolvePlace(graph, 'Krasnoarmeysk'); // ['place:pokrovsk'] when the article gives it as an alias
 */
export function resolvePlace(graph: NewsGraph, nameOrId: string): string[] {
  return resolvePlaceKeys(graph, nameOrId, 'resolvePlace');
}

/** `resolvePlace` for other helpers: errors name `caller`, the function the user called. */
export function resolvePlaceKeys(graph: NewsGraph, nameOrId: string, caller: string): string[] {
  const index = getQueryIndex(graph, caller);
  assertNameOrId(nameOrId, caller);
  for (const key of [nameOrId, `place:${nameOrId}`]) {
    if (graph.hasNode(key) && graph.getNodeAttribute(key, 'nodeType') === 'place') return [key];
  }
  const name = normalizeName(nameOrId);
  if (name === '') return [];
  return [...(index.placesByName.get(name) ?? [])].sort();
}

/** The places a query helper answers for: several are ambiguous (AmbiguousNameError) unless `ambiguous` is 'all'. */
export function placesForQuery(graph: NewsGraph, nameOrId: string, caller: string, ambiguous: 'throw' | 'all' = 'throw'): string[] {
  const keys = resolvePlaceKeys(graph, nameOrId, caller);
  if (ambiguous === 'all' || keys.length < 2) return keys;
  throw new AmbiguousNameError(caller, nameOrId, keys.map((key) => candidate(graph, key)));
}
