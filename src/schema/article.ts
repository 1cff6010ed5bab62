import { z } from 'zod';
import { ActorSchema } from './actor.js';
import { ClaimSchema } from './claim.js';
import { EventSchema } from './event.js';
import { MessageSchema } from './message.js';
import { PlaceSchema } from './place.js';
import { TimeSchema } from './time.js';

/** Metadata of the article; `text` is the input exactly as given, so every offset points into it. */
export const ArticleSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  url: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  text: z.string(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** Everything `parseArticle` found in one article. */
export const ParsedArticleSchema = z.object({
  article: ArticleSchema,
  actors: z.array(ActorSchema),
  places: z.array(PlaceSchema),
  times: z.array(TimeSchema),
  claims: z.array(ClaimSchema),
  events: z.array(EventSchema),
  messages: z.array(MessageSchema),
});
export type ParsedArticle = z.infer<typeof ParsedArticleSchema>;

/** An article record as `build` reads it from `.json` / `.jsonl`. */
export const ArticleRecordSchema = z.object({
  text: z.string(),
  publishedAt: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  id: z.string().optional(),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
