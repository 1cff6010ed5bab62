import type { ParseOptions } from '../parse.js';
import type { ArticleRecord } from '../schema/article.js';

/**
 * The parse options of one article record; `published` is the command line's date for records without one.
 * Shared by the main thread and the parse workers so both parse a record exactly alike.
 */
export function recordOptions(record: ArticleRecord, published: string | undefined): ParseOptions {
  const options: ParseOptions = {};
  const publishedAt = record.publishedAt ?? published;
  if (publishedAt != null) options.publishedAt = publishedAt;
  if (record.title != null) options.title = record.title;
  if (record.id !== undefined) options.id = record.id;
  if (record.url != null) options.url = record.url;
  if (record.source != null) options.source = record.source;
  return options;
}
