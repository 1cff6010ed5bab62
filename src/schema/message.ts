import { z } from 'zod';

/**
 * Something the parser noticed but could not use, in the manner of vfile messages:
 * collected on the result instead of thrown.
 */
export const MessageSchema = z.object({
  ruleId: z.string(),
  reason: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Message = z.infer<typeof MessageSchema>;
