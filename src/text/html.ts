/**
 * newsgraph reads text, not HTML, and does not strip tags: every offset it returns must point into the
 * string the caller passed, and tags removed or blanked out would leave mentions whose text differs from
 * that string ("Angela <b>Merkel"). So markup is detected and reported; convert HTML to text first
 * (for example with the `html-to-text` package) when a scraper returns pages.
 */

/** An opening, closing or self-closing tag of common HTML elements, or a comment or doctype. */
const TAG = /<\/?(?:html|head|body|div|span|p|a|b|i|em|strong|br|hr|ul|ol|li|table|tr|td|th|h[1-6]|script|style|meta|link|img|article|section|header|footer|nav|figure|figcaption|blockquote|time)\b[^<>]{0,500}>|<!--|<!doctype\b/gi;

export interface HtmlGuess {
  /** Number of tags seen (counted up to 1,000). */
  tags: number;
  /** Offset of the first tag, for the message. */
  firstTag: number;
}

/**
 * Counts HTML tags in `text`; `null` when there are fewer than three (a lone "<b>" in prose is not a page).
 *
 * @example detectHtml('<p>Kyiv <b>denied</b> it.</p>')?.tags // 4
 */
export function detectHtml(text: string): HtmlGuess | null {
  let tags = 0;
  let firstTag = -1;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null && tags < 1000; m = TAG.exec(text)) {
    if (firstTag < 0) firstTag = m.index;
    tags++;
  }
  return tags >= 3 ? { tags, firstTag } : null;
}
