import { z } from 'zod';

/** A half-open range of UTF-16 offsets into the original article text (end exclusive). */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/** A span together with the text it covers: `text === article.text.slice(start, end)`. */
export const MentionSchema = SpanSchema.extend({
  text: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;
