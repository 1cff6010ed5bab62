import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../src/extract/quotes.js';
import { parseClaims as parse } from './helpers/claims.js';

/** The paragraphs of a text as blocks, for calling the quote scanner directly. */
function paragraphs(text: string) {
  const blocks: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) blocks.push({ start: m.index, end: m.index + m[0].length });
  return blocks;
}

describe('quote marks of every style', () => {
  it('reads guillemets as quotes and keeps them out of the content', () => {
    const { claims } = parse('Mayor Ines Varga spoke on Monday. «Nothing has changed», Varga said.');
    expect(claims.find((c) => c.cue === 'said')).toMatchObject({ claimant: 'Ines Varga', content: 'Nothing has changed', quote: 'Nothing has changed' });
  });

  it('reads German low-high marks as quotes', () => {
    const text = 'Der Bürgermeister sagte: „Wir bauen“ und ging.';
    expect(scanQuotes(text, paragraphs(text)).quotes.map((q) => text.slice(q.start, q.end))).toEqual(['Wir bauen']);
  });

  it('reads single quotes but not apostrophes', () => {
    const text = "The union's leader called it 'a betrayal' on Friday.";
    expect(scanQuotes(text, paragraphs(text)).quotes.map((q) => text.slice(q.start, q.end))).toEqual(['a betrayal']);
  });

  it('keeps a quote interrupted by its attribution in one claim', () => {
    const { claims } = parse('Mayor Ines Varga spoke on Monday. "We are ready," Varga said, "and the docks are finished."');
    const c = claims.find((x) => x.cue === 'said');
    expect(c).toMatchObject({ claimant: 'Ines Varga', content: 'We are ready' });
    expect(c?.quote).toContain('and the docks are finished');
  });
});

describe('UK multi-paragraph quotes', () => {
  const body = [
    'Harbour master Colm Doyle said: "The first ships will arrive in May.',
    '"The second dock opens in the autumn.',
    '"Nobody will lose a job."',
    'The council approved the budget on Tuesday.',
  ].join('\n\n');

  it('continues a quote into a paragraph that opens it again, without a message', () => {
    const { parsed } = parse(body);
    expect(parsed.messages.filter((m) => m.ruleId === 'quote/unclosed')).toEqual([]);
  });

  it('gives each continued paragraph to the speaker of the first', () => {
    const { claims } = parse(body);
    expect(claims.map((c) => [c.claimant, c.content])).toEqual([
      ['Colm Doyle', 'The first ships will arrive in May'],
      ['Colm Doyle', 'The second dock opens in the autumn'],
      ['Colm Doyle', 'Nobody will lose a job'],
    ]);
  });

  it('does not take the sentence after the quote for a quote', () => {
    const { claims } = parse(body);
    expect(claims.some((c) => c.content.includes('council approved'))).toBe(false);
  });
});

describe('a quote-only paragraph', () => {
  it('continues the previous paragraph\'s speaker', () => {
    const { claims } = parse('Fire chief Dana Mills said the blaze was under control.\n\n"We expect to reopen the road tonight."');
    expect(claims.map((c) => [c.claimant, c.content])).toEqual([
      ['Dana Mills', 'the blaze was under control'],
      ['Dana Mills', 'We expect to reopen the road tonight'],
    ]);
  });

  it('does not continue a speaker across a paragraph with no claim', () => {
    const { claims } = parse('Fire chief Dana Mills said the blaze was under control.\n\nThe road stayed closed.\n\n"Fire season is here."');
    expect(claims).toHaveLength(1);
  });
});

describe('an unbalanced quote mark', () => {
  const body = 'Trader Ali Demir said: "Prices will double. Farmers are angry.\n\nMinister Sara Holm said the market would open on Friday.\n\nDemir said the harvest was poor.';

  it('is reported in messages with its offset', () => {
    const { parsed } = parse(body);
    const message = parsed.messages.find((m) => m.ruleId === 'quote/unclosed');
    expect(message?.severity).toBe('warning');
    expect(parsed.article.text.slice(message?.start, message?.end)).toBe('"');
    expect(message?.start).toBe(parsed.article.text.indexOf('"'));
  });

  it('does not swallow the rest of the article', () => {
    const { claims } = parse(body);
    expect(claims.map((c) => c.content)).toEqual(expect.arrayContaining(['the market would open on Friday', 'the harvest was poor']));
  });

  it('ends a mid-paragraph unclosed quote with its sentence', () => {
    const text = 'He said "we will win. Then he left, the aides said.';
    const { quotes, messages } = scanQuotes(text, paragraphs(text));
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['we will win.']);
    expect(messages).toHaveLength(1);
  });
});
