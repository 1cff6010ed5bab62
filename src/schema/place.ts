import { z } from 'zod';
import { MentionSchema } from './span.js';

export const PlaceKindSchema = z.enum(['country', 'region', 'city', 'settlement', 'site', 'area', 'other']);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

export const CoordinatesSchema = z.object({ lat: z.number(), lon: z.number() });
export type Coordinates = z.infer<typeof CoordinatesSchema>;

/** A named location used as a location (not only as a government actor). */
export const PlaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: PlaceKindSchema,
  aliases: z.array(z.string()),
  /** ISO 3166-1 alpha-2 code, when the gazetteer or the text tells. */
  countryCode: z.string().length(2).optional(),
  coordinates: CoordinatesSchema.optional(),
  /** Ids of places this one lies in, when the article or the gazetteer says so. */
  within: z.array(z.string()).optional(),
  mentions: z.array(MentionSchema),
});
export type Place = z.infer<typeof PlaceSchema>;
