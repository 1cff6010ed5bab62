import type { NewsGraph } from '../graph/news-graph.js';
import { normalizeName } from '../text/normalize-name.js';
import { getQueryIndex } from './query-index.js';
import { assertNameOrId } from './resolve-input.js';

/**
 * The keys of the actors a user means by `nameOrId`, most specific rule first:
 * 1. a node key (`actor:angela-merkel`) or an id without its prefix (`angela-merkel`);
 * 2. a name or alias, compared after `normalizeName` (case, "the", possessive "'s", punctuation);
 * 3. a single word that is the last word of a person's name ("Merkel" -> Angela Merkel), which may match several.
 * Returns [] when nothing matches; keys are sorted.
 *
 * @example
 * resolveActor(graph, 'Merkel'); // ['actor:angela-merkel']
 * resolveActor(graph, "the Kremlin's"); // ['actor:russia'] when "Kremlin" is an alias of Russia
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
  const byName = index.actorsByName.get(name);
  if (byName) return [...byName].sort();
  if (!name.includes(' ')) return [...(index.personsBySurname.get(name) ?? [])].sort();
  return [];
}
