import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionsError, ParsedArticleSchema, parseArticle } from '../src/index.js';

describe('parseArticle options and errors', () => {
  it('throws InvalidInputError when the text is not a string', () => {
    expect(() => parseArticle(42 as unknown as string)).toThrow(InvalidInputError);
  });

  it('throws InvalidOptionsError with the option path for a bad publishedAt', () => {
    try {
      parseArticle('Text.', { publishedAt: 'yesterday' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as InvalidOptionsError).path).toEqual(['publishedAt']);
    }
  });

  it('rejects unknown options instead of ignoring a typo', () => {
    expect(() => parseArticle('Text.', { publishedAT: '2025-01-01' } as never)).toThrow(InvalidOptionsError);
  });

  it('returns an empty result with a message for empty text', () => {
    const parsed = parseArticle('   ');
    expect(parsed.actors).toEqual([]);
    expect(parsed.messages[0]?.ruleId).toBe('input/empty');
  });

  it('returns an error message instead of parsing text longer than maxLength', () => {
    const parsed = parseArticle('President Joe Biden said so.', { maxLength: 10 });
    expect(parsed.claims).toEqual([]);
    expect(parsed.messages[0]?.ruleId).toBe('input/too-long');
  });

  it('gives the same id and output for the same text', () => {
    const text = 'Minister Ana Lopes said the port reopened on Monday.';
    expect(JSON.stringify(parseArticle(text, { publishedAt: '2024-03-01' }))).toBe(JSON.stringify(parseArticle(text, { publishedAt: '2024-03-01' })));
  });

  it('keeps the input text exactly as given', () => {
    const text = 'Title\r\n\r\nBody  with   spaces.\u0000';
    expect(parseArticle(text).article.text).toBe(text);
  });

  it('uses the first title line as the title', () => {
    expect(parseArticle('Talks stall in Geneva\n\nThe talks stalled.').article.title).toBe('Talks stall in Geneva');
  });
});

describe('parseArticle on arbitrary strings (property)', () => {
  it('never throws, matches its schema and keeps every span on its text', () => {
    const words = fc.constantFrom('Putin', 'said', 'Kyiv', 'denied', '"', '.', ',', 'the', 'talks', 'in', 'Moscow', 'on', 'Monday', '\n\n', "'s", '(', ')', 'President', 'constructor', '__proto__');
    const texts = fc.oneof(fc.string({ maxLength: 200 }), fc.array(words, { maxLength: 60 }).map((w) => w.join(' ')));
    fc.assert(
      fc.property(texts, (text) => {
        const parsed = parseArticle(text, { publishedAt: '2025-12-03' });
        expect(ParsedArticleSchema.safeParse(parsed).success).toBe(true);
        for (const m of [...parsed.actors.flatMap((a) => a.mentions), ...parsed.places.flatMap((p) => p.mentions), ...parsed.times, ...parsed.events.map((e) => e.trigger)]) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
        for (const a of parsed.actors) expect(a.name).not.toMatch(/[\s.,;:!?'"’”]$/);
      }),
      { seed: 20251203, numRuns: 300 },
    );
  });
});
