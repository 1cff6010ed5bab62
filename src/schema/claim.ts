import { z } from 'zod';

export const ClaimKindSchema = z.enum([
  'statement', 'assessment', 'report', 'denial', 'rejection', 'call', 'warning', 'pledge',
]);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

/** An attributed statement, belief or finding: who claimed what, with the evidence span. */
export const ClaimSchema = z.object({
  id: z.string(),
  /** The actor who made the claim; null when no speaker could be resolved. */
  claimantId: z.string().nullable(),
  /** The reporting word as written: "said", "denied", "according to". */
  cue: z.string(),
  kind: ClaimKindSchema,
  /** What was claimed: the claimed clause, not the whole sentence. */
  content: z.string(),
  /** Verbatim words inside quotation marks, when the claim quotes. */
  quote: z.string().nullable(),
  /** Evidence span (the attributing sentence or clause). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Offsets of the cue word. */
  cueStart: z.number().int().nonnegative().optional(),
  cueEnd: z.number().int().nonnegative().optional(),
  /** TimeML date the claim was made, when known. */
  date: z.string().nullable(),
  /** Ids of claims this one denies or rejects. */
  disputes: z.array(z.string()),
  about: z.object({
    actorIds: z.array(z.string()),
    placeIds: z.array(z.string()),
    eventIds: z.array(z.string()),
  }),
});
export type Claim = z.infer<typeof ClaimSchema>;
