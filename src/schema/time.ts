import { z } from 'zod';

export const TimeKindSchema = z.enum(['date', 'time', 'duration', 'set']);
export type TimeKind = z.infer<typeof TimeKindSchema>;

export const GranularitySchema = z.enum([
  'decade', 'year', 'season', 'quarter', 'month', 'week', 'day', 'part-of-day', 'minute', 'reference', 'duration', 'set',
]);
export type Granularity = z.infer<typeof GranularitySchema>;

/**
 * A time expression with its TimeML TIMEX3 value (`2025-12-02`, `2025-W49`, `PT5H`, `PRESENT_REF`, `XXXX-12-02`).
 * Values are resolved against `anchor`, never against the machine clock.
 */
export const TimeSchema = z.object({
  id: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.string(),
  kind: TimeKindSchema,
  granularity: GranularitySchema.optional(),
  /** What a relative value was resolved against: 'publication', the id of an earlier time, or null if absolute. */
  anchor: z.string().nullable().optional(),
  /** Name of the rule that produced the value, so a wrong value can be traced. */
  rule: z.string().optional(),
});
export type Time = z.infer<typeof TimeSchema>;
