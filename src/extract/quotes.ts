import type { Span } from '../schema/span.js';

/**
 * Quoted passages of the article: straight and curly double quotes, and single quotes that open after a
 * space and close before punctuation or space (so apostrophes in "aides’" are not taken for quotes).
 * A quote may span sentence breaks; an unclosed quote ends at its paragraph's end. Linear scan.
 */
export function findQuotes(text: string, blocks: readonly Span[]): Span[] {
  const quotes: Span[] = [];
  for (const block of blocks) {
    let open: { at: number; char: string } | null = null;
    for (let i = block.start; i < block.end; i++) {
      const c = text[i] as string;
      if (open) {
        const closes =
          (open.char === '"' && c === '"') ||
          (open.char === '“' && (c === '”' || c === '"')) ||
          ((open.char === "'" || open.char === '‘') && (c === "'" || c === '’') && /[\s.,;:!?)]|$/.test(text[i + 1] ?? ''));
        if (closes) {
          if (i > open.at + 1) quotes.push({ start: open.at + 1, end: i });
          open = null;
        }
        continue;
      }
      const prev = i === block.start ? ' ' : (text[i - 1] as string);
      if (c === '"' || c === '“') open = { at: i, char: c };
      else if ((c === "'" || c === '‘') && /[\s(\[—–-]/.test(prev) && /\p{L}/u.test(text[i + 1] ?? '')) open = { at: i, char: c };
    }
    if (open && open.char !== "'" && open.char !== '‘' && block.end > open.at + 1) quotes.push({ start: open.at + 1, end: block.end });
  }
  return quotes;
}

/** Whether an offset lies inside one of the quotes. */
export function insideQuote(quotes: readonly Span[], at: number): boolean {
  return quotes.some((q) => at >= q.start && at < q.end);
}
