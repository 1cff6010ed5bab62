import { z } from 'zod';
import { InvalidOptionsError } from '../errors.js';
import { formatPath } from '../graph/format-issue.js';
import { ClaimKindSchema } from '../schema/claim.js';
import { EventTypeSchema, ModalitySchema } from '../schema/event.js';
import type { ClaimNode, EventNode } from '../schema/graph.js';
import { dateMatches, queryInterval } from './date-query.js';

const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]);

/**
 * Filters every query helper accepts. Each narrows the answer; a filter that applies only to events (`type`,
 * `modality`) or only to claims (`kind`) is refused by a helper that returns only the other, and in `timeline`
 * narrows only its own kind of record.
 */
export const QueryFilterSchema = z.strictObject({
  /** Only records dated inside this day, month, week or range (a DateQuery); undated records are left out. */
  date: z.union([z.string(), z.strictObject({ from: z.string(), to: z.string() })]).optional(),
  /** With `date`: also records whose coarser date only overlaps it (a `2025-12` record for a day). */
  overlap: z.boolean().optional(),
  /** Only records read from these articles (`article.id`). */
  articleIds: z.array(z.string()).optional(),
  /** Events only: one modality or several (`'asserted'`, `['claimed', 'denied']`). */
  modality: oneOrMany(ModalitySchema).optional(),
  /** Events only: one type or several (`'attack'`, `['meeting', 'visit']`). */
  type: oneOrMany(EventTypeSchema).optional(),
  /** Claims only: one kind or several (`'denial'`, `['call', 'warning']`). */
  kind: oneOrMany(ClaimKindSchema).optional(),
  /** Leave out this many records of the sorted answer; with `limit`, one page of it (a timeline counts entries). */
  offset: z.number().int().nonnegative().optional(),
  /** At most this many records, after `offset`. */
  limit: z.number().int().nonnegative().optional(),
});
export type QueryFilter = z.infer<typeof QueryFilterSchema>;

/** The filters of a helper that returns claims. */
export type ClaimFilter = Omit<QueryFilter, 'type' | 'modality'>;
/** The filters of a helper that returns events. */
export type EventFilter = Omit<QueryFilter, 'kind'>;
/** What a helper taking an actor or place name does when the name fits several. */
export interface AmbiguityOption {
  /** `'throw'` (default): an AmbiguousNameError listing the candidates; `'all'`: the records of every candidate. */
  ambiguous?: 'throw' | 'all';
}

/** What a name-taking helper does when a name fits several actors (or several places). */
export const AmbiguousSchema = z.enum(['throw', 'all']);

/** Options of the helpers that take a name: the filters, and what to do with an ambiguous name. */
export const NameQueryOptionsSchema = QueryFilterSchema.extend({
  /**
   * `'throw'` (default): an AmbiguousNameError listing the candidates; `'all'`: the records of every candidate.
   */
  ambiguous: AmbiguousSchema.optional(),
});
export type NameQueryOptions = z.infer<typeof NameQueryOptionsSchema>;

/**
 * A checked filter: one predicate per record kind, or null when the filter keeps every record of that kind, and
 * the page (`offset`, `limit`) of the sorted answer to return.
 */
export interface RecordFilter {
  event: ((node: EventNode) => boolean) | null;
  claim: ((node: ClaimNode) => boolean) | null;
  page: <T>(sorted: T[]) => T[];
}

const asSet = <T>(value: T | T[] | undefined): Set<T> | null => (value === undefined ? null : new Set(Array.isArray(value) ? value : [value]));

/**
 * Validates `options` against `schema` (throwing InvalidOptionsError with the option's path and `caller`'s name)
 * and returns them with the record predicates. `returns` says what the helper answers with, so a filter that can
 * never apply is refused instead of silently ignored.
 */
export function checkOptions<S extends z.ZodType<object>>(
  options: unknown,
  schema: S,
  caller: string,
  returns: 'events' | 'claims' | 'both',
  /** True for eventsOnDate and claimsOnDate, whose date is their argument: `overlap` applies to it, `date` is refused. */
  dateArgument = false,
): { options: z.infer<S>; filter: RecordFilter } {
  const parsed = schema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
    throw new InvalidOptionsError(`${caller} options${path.length > 0 ? `.${formatPath(path)}` : ''}: ${issue?.message ?? 'invalid'}`, path);
  }
  const o = parsed.data as QueryFilter;
  if (returns === 'claims' && (o.type !== undefined || o.modality !== undefined)) {
    throw new InvalidOptionsError(`${caller} returns claims; ${o.type !== undefined ? 'type' : 'modality'} filters events (use kind for claims)`, [o.type !== undefined ? 'type' : 'modality']);
  }
  if (returns === 'events' && o.kind !== undefined) {
    throw new InvalidOptionsError(`${caller} returns events; kind filters claims (use type or modality for events)`, ['kind']);
  }
  if (dateArgument && o.date !== undefined) {
    throw new InvalidOptionsError(`${caller} takes its date as the second argument, not as options.date`, ['date']);
  }
  if (!dateArgument && o.overlap !== undefined && o.date === undefined) {
    throw new InvalidOptionsError(`${caller} options.overlap applies to a date filter; pass date too`, ['overlap']);
  }
  const date = o.date === undefined ? null : queryInterval(o.date, `${caller} options.date`);
  const overlap = o.overlap === true && !dateArgument;
  const articles = asSet(o.articleIds);
  const modalities = asSet(o.modality);
  const types = asSet(o.type);
  const kinds = asSet(o.kind);
  const common = (node: EventNode | ClaimNode): boolean =>
    (date === null || dateMatches(node.date, date, overlap)) && (articles === null || articles.has(node.articleId));
  const event = date === null && articles === null && modalities === null && types === null
    ? null
    : (node: EventNode) => common(node) && (modalities === null || modalities.has(node.modality)) && (types === null || types.has(node.type));
  const claim = date === null && articles === null && kinds === null ? null : (node: ClaimNode) => common(node) && (kinds === null || kinds.has(node.kind));
  const offset = o.offset ?? 0;
  const page = <T>(sorted: T[]): T[] =>
    offset === 0 && o.limit === undefined ? sorted : sorted.slice(offset, o.limit === undefined ? undefined : offset + o.limit);
  return { options: parsed.data, filter: { event, claim, page } };
}
