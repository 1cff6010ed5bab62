import { z } from 'zod';
import { MentionSchema } from './span.js';

/** Event types; names and synonyms follow `shared/eval/event-types.json`. */
export const EventTypeSchema = z.enum([
  'meeting', 'visit', 'agreement', 'attack', 'clash', 'capture', 'movement', 'protest', 'arrest',
  'sanction', 'aid', 'election', 'casualty', 'statement', 'economic', 'legal', 'accident', 'other',
]);
export type EventType = z.infer<typeof EventTypeSchema>;

export const ModalitySchema = z.enum(['asserted', 'claimed', 'denied', 'planned', 'hypothetical', 'negated']);
export type Modality = z.infer<typeof ModalitySchema>;

export const ParticipantRoleSchema = z.enum(['agent', 'patient', 'attendee', 'host', 'location-holder', 'participant']);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

export const ParticipantSchema = z.object({ actorId: z.string(), role: ParticipantRoleSchema });
export type Participant = z.infer<typeof ParticipantSchema>;

/** A later mention of the same happening: its evidence span and its trigger ("the attacks", "the talks ended"). */
export const EventMentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  trigger: MentionSchema,
});
export type EventMention = z.infer<typeof EventMentionSchema>;

/** A happening with type, participants, place, date and an honest modality. */
export const EventSchema = z.object({
  id: z.string(),
  type: EventTypeSchema,
  /** CAMEO root code (two digits) where one fits, for joining with GDELT. */
  cameo: z.string().nullable().optional(),
  trigger: MentionSchema,
  /** Evidence span: the clause that reports the event. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  date: z.string().nullable(),
  placeIds: z.array(z.string()),
  participants: z.array(ParticipantSchema),
  modality: ModalitySchema,
  /** Claims that report or dispute this event. */
  claimIds: z.array(z.string()),
  /** Later mentions of the same happening in the article, each with its evidence (the first is `start`..`end`). */
  mentions: z.array(EventMentionSchema).optional(),
  /**
   * How central the happening is to its article, 0..1 (1 for the most central): named in the title, in the lead,
   * mentioned again, with participants the title names. `mainEvents(graph, articleId)` sorts by it.
   */
  salience: z.number().min(0).max(1).optional(),
  attributes: z
    .object({
      count: z.number().optional(),
      unit: z.string().optional(),
      duration: z.string().optional(),
    })
    .optional(),
});
export type NewsEvent = z.infer<typeof EventSchema>;
