/**
 * Base class of every error newsgraph throws on misuse; `code` is stable, the message says what to pass instead.
 *
 * @example
 * const caught = (() => { try { parseArticle(42 as unknown as string); } catch (e) { return e; } })();
 * caught instanceof NewsgraphError; // true
 * (caught as NewsgraphError).code; // 'ERR_INVALID_INPUT'
 */
export class NewsgraphError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * An option passed to a newsgraph function has the wrong type or an invalid value.
 *
 * @example
 * parseArticle('Text.', { publishedAt: 'yesterday' }); // throws InvalidOptionsError
 */
export class InvalidOptionsError extends NewsgraphError {
  /** Path of the offending option, as zod reports it (e.g. `["publishedAt"]`). */
  readonly path: (string | number)[];
  constructor(message: string, path: (string | number)[] = []) {
    super('ERR_INVALID_OPTIONS', message);
    this.path = path;
  }
}

/**
 * The main input (article text, graph, query argument) is not of a usable type.
 *
 * @example
 * parseArticle(null as unknown as string); // throws InvalidInputError
 */
export class InvalidInputError extends NewsgraphError {
  constructor(message: string) {
    super('ERR_INVALID_INPUT', message);
  }
}

/**
 * A graph JSON document failed validation on import; `path` points at the first problem.
 *
 * @example
 * fromJSON({ format: 'newsgraph', version: 1, attributes: {}, nodes: [{ key: 'x' }], edges: [] }); // throws GraphFormatError
 */
export class GraphFormatError extends NewsgraphError {
  readonly path: (string | number)[];
  constructor(message: string, path: (string | number)[] = []) {
    super('ERR_GRAPH_FORMAT', message);
    this.path = path;
  }
}

/** One of the records a name could mean, as AmbiguousNameError lists them. */
export interface NameCandidate {
  /** Node key: pass it instead of the name to pick this one. */
  key: string;
  name: string;
  /** Actor or place kind: person, organization, city, ... */
  kind: string;
  /** How many articles name it. */
  articles: number;
}

/**
 * A name given to a query fits several actors (or several places), and the query would otherwise have to pick one
 * silently. `candidates` lists them; pass one's key instead of the name, or `{ ambiguous: 'all' }` for all of them.
 *
 * @example
 * const two = buildGraph([parseArticle('Dana Smith met Robert Smith in Oslo.'), parseArticle('Smith denied it, a spokesman said.')]);
 * claimsByActor(two, 'Smith'); // throws AmbiguousNameError
 * claimsByActor(two, 'Smith', { ambiguous: 'all' }).length >= 0; // true
 */
export class AmbiguousNameError extends NewsgraphError {
  readonly query: string;
  readonly candidates: NameCandidate[];
  constructor(caller: string, query: string, candidates: NameCandidate[]) {
    const listed = candidates.map((c) => `${c.name} (${c.key}, ${c.kind}, ${c.articles} article${c.articles === 1 ? '' : 's'})`).join('; ');
    super(
      'ERR_AMBIGUOUS_NAME',
      `${caller}: ${JSON.stringify(query)} fits ${candidates.length} ${candidates[0]?.key.startsWith('place:') ? 'places' : 'actors'}: ${listed}. ` +
        "Pass one of these keys instead of the name, or { ambiguous: 'all' } for all of them",
    );
    this.query = query;
    this.candidates = candidates;
  }
}

/**
 * A PostgreSQL store could not be used: no server at the URL, a schema written by a newer newsgraph, a store
 * that needs migrating when `migrate: false` was asked for. The message says what to do.
 *
 * @example
 * await openStore('postgres://nobody@127.0.0.1:1/none').catch((e) => e instanceof StoreError); // resolves true
 */
export class StoreError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ERR_STORE', message);
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
