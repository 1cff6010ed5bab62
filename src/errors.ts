/** Base class of every error newsgraph throws on misuse; `code` is stable, the message says what to pass instead. */
export class NewsgraphError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** An option passed to a newsgraph function has the wrong type or an invalid value. */
export class InvalidOptionsError extends NewsgraphError {
  /** Path of the offending option, as zod reports it (e.g. `["publishedAt"]`). */
  readonly path: (string | number)[];
  constructor(message: string, path: (string | number)[] = []) {
    super('ERR_INVALID_OPTIONS', message);
    this.path = path;
  }
}

/** The main input (article text, graph, query argument) is not of a usable type. */
export class InvalidInputError extends NewsgraphError {
  constructor(message: string) {
    super('ERR_INVALID_INPUT', message);
  }
}

/** A graph JSON document failed validation on import; `path` points at the first problem. */
export class GraphFormatError extends NewsgraphError {
  readonly path: (string | number)[];
  constructor(message: string, path: (string | number)[] = []) {
    super('ERR_GRAPH_FORMAT', message);
    this.path = path;
  }
}
