import { z } from 'zod';
import { ActorSchema } from './actor.js';
import { ArticleSchema } from './article.js';
import { ClaimSchema } from './claim.js';
import { EventSchema, ParticipantRoleSchema } from './event.js';
import { PlaceSchema } from './place.js';
import { MentionSchema } from './span.js';
import { GranularitySchema } from './time.js';

/*
 * The graph a user holds (graphology) and the JSON it is saved as share these schemas:
 * a node's attributes are its record's fields plus `nodeType`, `label` and the articles it came from.
 */

export const NodeTypeSchema = z.enum(['article', 'actor', 'place', 'event', 'claim', 'date']);
export type NodeType = z.infer<typeof NodeTypeSchema>;

export const EdgeTypeSchema = z.enum([
  'claimed', 'about', 'participant', 'located-at', 'on-date', 'reported-by', 'disputes', 'mentioned-in',
]);
export type EdgeType = z.infer<typeof EdgeTypeSchema>;

/** A mention once actors and places merge across articles: the offsets point into `articleId`'s text. */
export const ArticleMentionSchema = MentionSchema.extend({ articleId: z.string() });
export type ArticleMention = z.infer<typeof ArticleMentionSchema>;

const common = {
  label: z.string(),
  /** Ids (as `article.id`) of every article the node was found in, in the order they were added. */
  articleIds: z.array(z.string()),
};

/** An article node; key `article:<id>` (or `id` itself when the id is already prefixed). */
export const ArticleNodeSchema = ArticleSchema.extend({ nodeType: z.literal('article'), ...common });
export type ArticleNode = z.infer<typeof ArticleNodeSchema>;

/** An actor merged over every article that names it: aliases and titles are unions, mentions carry their article. */
export const ActorNodeSchema = ActorSchema.extend({
  nodeType: z.literal('actor'),
  ...common,
  mentions: z.array(ArticleMentionSchema),
  /**
   * Only on a person known by surname alone ("Smith") when several full names in the graph end in it: their
   * keys. The mentions were not merged into any of them, since the articles do not say which one is meant.
   */
  candidates: z.array(z.string()).optional(),
});
export type ActorNode = z.infer<typeof ActorNodeSchema>;

/** A place merged over every article that names it. */
export const PlaceNodeSchema = PlaceSchema.extend({
  nodeType: z.literal('place'),
  ...common,
  mentions: z.array(ArticleMentionSchema),
});
export type PlaceNode = z.infer<typeof PlaceNodeSchema>;

/** An event; its offsets point into the text of `articleId`, the article it was first read from. */
export const EventNodeSchema = EventSchema.extend({ nodeType: z.literal('event'), ...common, articleId: z.string() });
export type EventNode = z.infer<typeof EventNodeSchema>;

/** A claim; its offsets point into the text of `articleId`. */
export const ClaimNodeSchema = ClaimSchema.extend({ nodeType: z.literal('claim'), ...common, articleId: z.string() });
export type ClaimNode = z.infer<typeof ClaimNodeSchema>;

/**
 * A calendar date, key `date:<TimeML value>`. Only absolute values (`2025-12-02`, `2025-W49`, ...) get a node:
 * `PRESENT_REF` or `XXXX-12-02` mean different days in different articles and must not merge.
 */
export const DateNodeSchema = z.object({
  nodeType: z.literal('date'),
  ...common,
  value: z.string(),
  granularity: GranularitySchema,
  /** Time expressions with this value, per article. */
  mentions: z.array(ArticleMentionSchema),
});
export type DateNode = z.infer<typeof DateNodeSchema>;

export type NodeAttributes = ArticleNode | ActorNode | PlaceNode | EventNode | ClaimNode | DateNode;

const edgeCommon = {
  /** The article (as `article.id`) the edge was read from. */
  articleId: z.string(),
  /** Evidence span in that article; null when the link was inferred without a span (an actor with no mention). */
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
};

export const ParticipantEdgeSchema = z.object({ edgeType: z.literal('participant'), ...edgeCommon, role: ParticipantRoleSchema });
export const LinkEdgeSchema = z.object({ edgeType: EdgeTypeSchema.exclude(['participant']), ...edgeCommon });
export type EdgeAttributes = z.infer<typeof ParticipantEdgeSchema> | z.infer<typeof LinkEdgeSchema>;

/** Graph-level attributes; newsgraph sets none, but keeps what a user stored. */
export const GraphAttributesSchema = z.record(z.string(), z.json());
export type GraphAttributes = z.infer<typeof GraphAttributesSchema>;

/**
 * Node attributes as imported: validated per `nodeType`; keys beyond the schema are kept (a user may have added
 * their own), after `fromJSON` has refused `__proto__`, `constructor` and `prototype` anywhere in the document.
 */
export const NodeAttributesSchema = z.discriminatedUnion('nodeType', [
  ArticleNodeSchema.loose(),
  ActorNodeSchema.loose(),
  PlaceNodeSchema.loose(),
  EventNodeSchema.loose(),
  ClaimNodeSchema.loose(),
  DateNodeSchema.loose(),
]);

export const EdgeAttributesSchema = z.discriminatedUnion('edgeType', [
  ParticipantEdgeSchema.loose(),
  LinkEdgeSchema.loose(),
]);

export const SerializedNodeSchema = z.object({ key: z.string(), attributes: NodeAttributesSchema });
export const SerializedEdgeSchema = z.object({
  key: z.string(),
  source: z.string(),
  target: z.string(),
  attributes: EdgeAttributesSchema,
});

/**
 * The saved graph: `toJSON` writes it, `fromJSON` reads it. Nodes and edges are sorted by key and every object's
 * keys are sorted, so the same graph always serialises to the same bytes.
 */
export const GraphJSONSchema = z.object({
  format: z.literal('newsgraph'),
  version: z.literal(1),
  attributes: GraphAttributesSchema,
  nodes: z.array(SerializedNodeSchema),
  edges: z.array(SerializedEdgeSchema),
});
export type GraphJSON = z.infer<typeof GraphJSONSchema>;

/* Query results. */

/**
 * The sentence (or sentences) a record was read from, as a reader should see it: `text` is
 * `article.text.slice(start, end)`, whole sentences around the record's span, without photo caption or credit
 * clutter ("Image copyright ...") before or after it.
 */
export const EvidenceSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Display names of the ids a record refers to: actors and places by name, events by what happened. */
export const RecordNamesSchema = z.record(z.string(), z.string());

/** A claim as queries return it: the claim's own fields, the article its offsets point into and the claimant's name. */
export const ClaimRecordSchema = ClaimSchema.extend({
  articleId: z.string(),
  /** Current name of the claimant actor (after merging), or null for an unattributed claim. */
  claimant: z.string().nullable(),
  evidence: EvidenceSchema,
  /** Name of every actor, place and event id in the record (claimant, `about`), keyed by id. */
  names: RecordNamesSchema,
});
export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;

/** An event as queries return it: the event's own fields, the article its offsets point into, evidence and names. */
export const EventRecordSchema = EventSchema.extend({
  articleId: z.string(),
  evidence: EvidenceSchema,
  /** Name of every actor and place id in the record (participants, places), keyed by id. */
  names: RecordNamesSchema,
  /** What happened in a few words: "meeting of Mara Quist and Tomas Elland in Velmora", "claimed capture of Dunmore". */
  summary: z.string(),
});
export type EventRecord = z.infer<typeof EventRecordSchema>;

/** A claim somebody disputed, with the claims that dispute it. */
export const DisputedClaimSchema = z.object({
  claim: ClaimRecordSchema,
  disputedBy: z.array(ClaimRecordSchema),
});
export type DisputedClaim = z.infer<typeof DisputedClaimSchema>;

/** One line of a timeline: an event or a claim with the date it is sorted by (null = undated, sorted last). */
export const TimelineEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), date: z.string().nullable(), record: EventRecordSchema }),
  z.object({ kind: z.literal('claim'), date: z.string().nullable(), record: ClaimRecordSchema }),
]);
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
