import type { Message } from '../schema/message.js';
import type { Span } from '../schema/span.js';

/*
 * Quoted passages of an article, in every style news uses: straight and curly double quotes, single quotes,
 * guillemets (« » and ‹ ›) and low-high German marks („ “). A quote may span sentences; in the UK style a quote
 * of several paragraphs opens again at the start of each paragraph and closes only at the last, so an open
 * quote followed by a paragraph that starts with an opening mark continues there. Any other mark left open is
 * reported in `messages` with its offset and ends with its own sentence (a whole-paragraph quote at the
 * paragraph's end), so one missing mark never hides the rest of the article. One linear scan.
 */

export interface QuoteScan {
  quotes: Span[];
  messages: Message[];
}

/** Closing marks each opening mark accepts. */
const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"', '“': '”"', '„': '“”"', '«': '»', '‹': '›', "'": "'’", '‘': "’'",
};
/** Single marks that may be apostrophes ("don't", "aides’"): they close only before a space or punctuation. */
const SINGLE: ReadonlySet<string> = new Set(["'", '‘']);

/** Whether a mark at `i` opens a quote. Apostrophes ("aides’", "don't") never do. */
function opensAt(text: string, i: number, blockStart: number): boolean {
  const c = text[i] as string;
  const prev = i === blockStart ? ' ' : (text[i - 1] as string);
  const next = text[i + 1] ?? '';
  if (c === '"' || c === '“' || c === '„' || c === '«' || c === '‹') return true;
  // a single quote opens after a space, a bracket or a dash and before a letter or digit
  if (c === "'" || c === '‘') return /[\s(\[—–-]/.test(prev) && /[\p{L}\p{N}]/u.test(next);
  return false;
}

/** Whether the mark at `i` closes a quote opened by `open`. */
function closesAt(text: string, i: number, open: string): boolean {
  const c = text[i] as string;
  if (!(CLOSERS[open] ?? '').includes(c)) return false;
  // a single quote closes before a space or punctuation, so the apostrophe of "Dara's" does not
  if (SINGLE.has(open)) return /[\s.,;:!?)—–-]|^$/.test(text[i + 1] ?? '');
  return true;
}

/** The end of the sentence an unclosed mark opened in: after ". ", "! ", "? " or at the block's end. */
function sentenceEndAfter(text: string, from: number, blockEnd: number): number {
  const re = /[.!?](?=\s)/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m && m.index < blockEnd ? m.index + 1 : blockEnd;
}

/** The first character of a block that is not white space. */
function firstVisible(text: string, block: Span): number {
  let i = block.start;
  while (i < block.end && /\s/.test(text[i] as string)) i++;
  return i;
}

/**
 * Scans the paragraphs for quotes and reports marks that are never closed.
 *
 * @example
 * scanQuotes('He said "yes" twice.', [{ start: 0, end: 20 }]).quotes // [{ start: 9, end: 12 }]
 */
export function scanQuotes(text: string, blocks: readonly Span[]): QuoteScan {
  const quotes: Span[] = [];
  const messages: Message[] = [];
  blocks.forEach((block, b) => {
    let open: { at: number; char: string } | null = null;
    for (let i = block.start; i < block.end; i++) {
      const c = text[i] as string;
      if (open) {
        if (closesAt(text, i, open.char)) {
          if (i > open.at + 1) quotes.push({ start: open.at + 1, end: i });
          open = null;
        }
        continue;
      }
      if (opensAt(text, i, block.start)) open = { at: i, char: c };
    }
    if (!open || block.end <= open.at + 1) return;
    const next = blocks[b + 1];
    const nextFirst = next ? text[firstVisible(text, next)] ?? '' : '';
    const continued = next !== undefined && nextFirst === open.char;
    if (continued) {
      // UK style: the quote goes on in the next paragraph, which opens it again
      quotes.push({ start: open.at + 1, end: block.end });
      return;
    }
    // an unbalanced apostrophe-like single mark is common and harmless: no quote, no message
    if (SINGLE.has(open.char)) return;
    const wholeParagraph = open.at === firstVisible(text, block);
    const end = wholeParagraph ? block.end : sentenceEndAfter(text, open.at + 1, block.end);
    if (end > open.at + 1) quotes.push({ start: open.at + 1, end });
    messages.push({
      ruleId: 'quote/unclosed',
      severity: 'warning',
      start: open.at,
      end: open.at + 1,
      reason: `The quotation mark ${open.char} opened here is never closed in its paragraph, and the next paragraph does not continue the quote; the quote is taken to end at ${wholeParagraph ? 'the end of the paragraph' : 'the end of its sentence'}.`,
    });
  });
  return { quotes, messages };
}

/**
 * Quoted passages of the article (see `scanQuotes`), without the messages.
 *
 * @example
 * findQuotes('“We will win,” she said.', [{ start: 0, end: 24 }]) // [{ start: 1, end: 12 }]
 */
export function findQuotes(text: string, blocks: readonly Span[]): Span[] {
  return scanQuotes(text, blocks).quotes;
}

/** Whether an offset lies inside one of the quotes. */
export function insideQuote(quotes: readonly Span[], at: number): boolean {
  return quotes.some((q) => at >= q.start && at < q.end);
}
