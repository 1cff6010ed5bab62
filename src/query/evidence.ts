import type { Evidence } from '../schema/graph.js';
import { captionClutter } from '../text/caption-clutter.js';
import { splitSentences } from '../text/sentences.js';

/** How far from the record the sentence search looks; a longer line is cut, not scanned whole. */
const MAX_REACH = 2000;
const NEAR_REACH = 400;

/**
 * The evidence a reader is shown for a record spanning `start`..`end` of `text`: the whole sentences holding the
 * span (sentence breaks as the parser finds them, abbreviations included), without caption or credit clutter
 * before or after the span. `text` of the result is always `text.slice(start, end)`.
 *
 * @example
 * const t = 'Image copyright Reuters Image caption Police said two men were held. Others fled.';
 * evidenceOf(t, 38, 48).text; // 'Police said two men were held.'
 */
export function evidenceOf(text: string, start: number, end: number): Evidence {
  const paragraph = { start: paragraphStart(text, start), end: paragraphEnd(text, end) };
  // Most sentences are short: look NEAR_REACH around the span first, and further only when no break was found.
  let { s, e } = sentencesAround(text, start, end, paragraph, NEAR_REACH);
  if ((s === Math.max(paragraph.start, start - NEAR_REACH) && s > paragraph.start) || (e === Math.min(paragraph.end, end + NEAR_REACH) && e < paragraph.end)) {
    ({ s, e } = sentencesAround(text, start, end, paragraph, MAX_REACH));
  }
  // Clutter before the record, or leading the evidence (also inside the record's own span), is cut off the
  // front; clutter after it, or trailing the evidence, off the back.
  const clutter = captionClutter(text, s, e);
  for (const c of clutter) if (c.end <= start || text.slice(s, c.start).trim() === '') s = Math.max(s, c.end);
  for (const c of clutter.reverse()) if (c.start >= end || text.slice(c.end, e).trim() === '') e = Math.min(e, c.start);
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (s >= e) return { text: text.slice(start, end), start, end };
  return { text: text.slice(s, e), start: s, end: e };
}

/** The start of the first and the end of the last sentence overlapping the span, within `reach` of it. */
function sentencesAround(text: string, start: number, end: number, paragraph: { start: number; end: number }, reach: number): { s: number; e: number } {
  const from = Math.max(paragraph.start, start - reach);
  const to = Math.min(paragraph.end, end + reach);
  let s = start;
  let e = end;
  for (const sentence of splitSentences(text, [{ kind: 'paragraph', start: from, end: to }])) {
    if (sentence.end > start && sentence.start < end) {
      s = Math.min(s, sentence.start);
      e = Math.max(e, sentence.end);
    }
  }
  return { s, e };
}

function paragraphStart(text: string, at: number): number {
  const newline = text.lastIndexOf('\n', Math.max(0, at - 1));
  return newline < 0 ? 0 : newline + 1;
}

function paragraphEnd(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline < 0 ? text.length : newline;
}
