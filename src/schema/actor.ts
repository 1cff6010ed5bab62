import { z } from 'zod';
import { MentionSchema } from './span.js';

export const ActorKindSchema = z.enum(['person', 'organization', 'government', 'group']);
export type ActorKind = z.infer<typeof ActorKindSchema>;

/**
 * Someone who acts, speaks or is named as a party. `name` is the fullest form found,
 * `titles` hold roles ("President", "former Prime Minister"), `aliases` every other form used.
 * A government is the state as actor: "Kyiv denied" is an alias mention of Ukraine's government.
 */
export const ActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActorKindSchema,
  aliases: z.array(z.string()),
  titles: z.array(z.string()),
  /** ISO 3166-1 alpha-2 code of the state a government actor stands for. */
  countryCode: z.string().length(2).optional(),
  mentions: z.array(MentionSchema),
});
export type Actor = z.infer<typeof ActorSchema>;
