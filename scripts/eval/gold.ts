import { z } from 'zod';
import { ActorKindSchema } from '../../src/schema/actor.js';
import { ClaimKindSchema } from '../../src/schema/claim.js';
import { ModalitySchema } from '../../src/schema/event.js';

/*
 * The gold annotation format of `shared/eval/GOLD-FORMAT.md`, as a schema.
 * Objects are strict on purpose: a misspelt key ("participant", "contain") in a hand-made gold file
 * would otherwise silently drop a field from the measurement.
 */

const optional = z.boolean().optional();
const snippet = z.string().min(1);

/** An actor a careful reader finds: matched by name or any alias. `kind` is absent on `unannotated` names. */
export const GoldActorSchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  kind: ActorKindSchema.optional(),
  optional,
  /** A proper name the original corpus left unannotated; always optional. */
  unannotated: z.boolean().optional(),
});
export type GoldActor = z.infer<typeof GoldActorSchema>;

export const GoldPlaceSchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  optional,
  unannotated: z.boolean().optional(),
});
export type GoldPlace = z.infer<typeof GoldPlaceSchema>;

/** Who claimed what; `claimant: "*"` accepts any resolved claimant. */
export const GoldClaimSchema = z.strictObject({
  claimant: z.string().min(1),
  cue: z.string().optional(),
  kind: ClaimKindSchema.optional(),
  /** Verbatim snippet that must lie inside the claim's content, quote or evidence span. */
  contains: snippet,
  optional,
});
export type GoldClaim = z.infer<typeof GoldClaimSchema>;

/** A claim (`claimant` + `contains`) that disputes an earlier claim holding the `disputes` snippet. */
export const GoldDenialSchema = z.strictObject({
  claimant: z.string().min(1),
  contains: snippet,
  disputes: snippet,
  optional,
});
export type GoldDenial = z.infer<typeof GoldDenialSchema>;

/** An event; `type` is a key or synonym of `event-types.json`. */
export const GoldEventSchema = z.strictObject({
  type: z.string().min(1).optional(),
  contains: snippet,
  date: z.string().optional(),
  place: z.string().optional(),
  participants: z.array(z.string()).optional(),
  modality: ModalitySchema.optional(),
  optional,
});
export type GoldEvent = z.infer<typeof GoldEventSchema>;

/** A time expression; `start`/`end` (both or neither) pin it, otherwise its text's first occurrence does. */
export const GoldTimeSchema = z
  .strictObject({
    text: z.string().min(1),
    value: z.string().min(1),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    optional,
  })
  .refine((t) => (t.start === undefined) === (t.end === undefined), {
    message: 'give both start and end, or neither',
  })
  .refine((t) => t.start === undefined || t.end === undefined || t.end > t.start, {
    message: 'end must be greater than start',
  });
export type GoldTime = z.infer<typeof GoldTimeSchema>;

/**
 * One `NAME.gold.json`. A category key that is absent means "not annotated here" (the category is
 * skipped for this file); an empty array means "annotated, and there is none".
 *
 * @example
 * GoldArticleSchema.parse({ id: 'a', publishedAt: '2025-12-03', actors: [{ name: 'Merkel', kind: 'person' }] });
 */
export const GoldArticleSchema = z.strictObject({
  id: z.string().min(1),
  publishedAt: z.string().nullable().optional(),
  source: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  actors: z.array(GoldActorSchema).optional(),
  places: z.array(GoldPlaceSchema).optional(),
  claims: z.array(GoldClaimSchema).optional(),
  denials: z.array(GoldDenialSchema).optional(),
  events: z.array(GoldEventSchema).optional(),
  times: z.array(GoldTimeSchema).optional(),
  /** Every time expression is listed, so extra predicted times count against precision. */
  timesExhaustive: z.boolean().optional(),
});
export type GoldArticle = z.infer<typeof GoldArticleSchema>;

/**
 * `event-types.json`: canonical type -> synonyms. Two types agree when they map to the same key.
 *
 * @example
 * EventTypeTableSchema.parse({ meeting: ['meeting', 'talks'] });
 */
export const EventTypeTableSchema = z.record(z.string(), z.array(z.string()));
export type EventTypeTable = z.infer<typeof EventTypeTableSchema>;
