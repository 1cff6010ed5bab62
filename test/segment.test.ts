import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/text/segment.js';
import { splitSentences } from '../src/text/sentences.js';

const kinds = (text: string) => segmentText(text).map((b) => [b.kind, text.slice(b.start, b.end)]);

describe('segmentText', () => {
  it('splits a slug line, a title and paragraphs', () => {
    const text = 'Some_Slug_Line_Here\n\nA Title Without Stop\n\nThe first paragraph says something.';
    expect(kinds(text)).toEqual([
      ['slug', 'Some_Slug_Line_Here'],
      ['title', 'A Title Without Stop'],
      ['paragraph', 'The first paragraph says something.'],
    ]);
  });

  it('marks short unpunctuated lines between paragraphs as headings', () => {
    const text = 'Title\n\nFirst paragraph here.\n\nSection Heading\n\nSecond paragraph here.';
    expect(kinds(text).map((k) => k[0])).toEqual(['title', 'paragraph', 'heading', 'paragraph']);
  });

  it('recognises a dateline under the title', () => {
    const text = 'Title of the piece\n\nWednesday, February 15, 2012\n\nBody text here.';
    expect(kinds(text)[1]).toEqual(['dateline', 'Wednesday, February 15, 2012']);
  });

  it('drops comment-form clutter and everything after it', () => {
    const text = 'Title\n\nBody.\n\nLeave a Reply\n\nYour email address will not be published.\n\nBack To Top';
    expect(kinds(text).filter((k) => k[0] === 'boilerplate')).toHaveLength(3);
    expect(kinds(text).filter((k) => k[0] === 'paragraph')).toEqual([['paragraph', 'Body.']]);
  });

  it('keeps offsets into the original text with CRLF line ends', () => {
    const text = 'Title here\r\n\r\nBody sentence.\r\n';
    const body = segmentText(text).find((b) => b.kind === 'paragraph');
    expect(body && text.slice(body.start, body.end)).toBe('Body sentence.');
  });

  it('treats a long headline as the title', () => {
    const text = 'Northrop Grumman and Airbus parent EADS defeat Boeing for $40 billion US airtanker contract\n\nBody.';
    expect(kinds(text)[0]?.[0]).toBe('title');
  });
});

describe('splitSentences', () => {
  const split = (text: string) => splitSentences(text, [{ kind: 'paragraph', start: 0, end: text.length }]).map((s) => s.text);

  it('does not break after titles and initials', () => {
    expect(split('Mr. Smith met Dr. J. Jones on Dec. 2. They talked.')).toEqual(['Mr. Smith met Dr. J. Jones on Dec. 2.', 'They talked.']);
  });

  it('breaks after U.S. when a new sentence clearly starts', () => {
    expect(split('He flew to the U.S. The talks began.')).toEqual(['He flew to the U.S.', 'The talks began.']);
  });

  it('keeps U.S. inside a sentence', () => {
    expect(split('U.S. envoy Steve Smith arrived. He spoke.')).toEqual(['U.S. envoy Steve Smith arrived.', 'He spoke.']);
  });

  it('breaks after a closing quote', () => {
    expect(split('She said "we will win." Then she left.')).toEqual(['She said "we will win."', 'Then she left.']);
  });

  it('gives spans that match the sentence text', () => {
    const text = '  First one here.  Second one here? Third!';
    for (const s of splitSentences(text, [{ kind: 'paragraph', start: 0, end: text.length }])) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
