import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { splitSentences } from '../src/text/sentences.js';
import { segmentText } from '../src/text/segment.js';

/*
 * A quoted question or exclamation attributed right after its closing mark is one sentence with its attribution
 * ('"Is this legal?" Ana Ruiz asked.'), so the asker claims it and a later "he said" goes to the asker; a short
 * quote may stand before an inverted cue ('"Why now?" asked Senator X.'); a question word opening a quote is no
 * actor. Invented names.
 */
function parse(text: string) {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2026-03-15' });
}

function speakers(text: string): [string | undefined, string][] {
  const parsed = parse(text);
  return parsed.claims.map((c) => [parsed.actors.find((a) => a.id === c.claimantId)?.name, c.content]);
}

describe('a quoted question attributed after its closing mark', () => {
  it.each([
    ['"Is this legal?" Ana Ruiz asked.', [['Ana Ruiz', 'Is this legal']]],
    ['"What is he hiding?" Reyes campaign chairman Ted Marlow asked in a call.', [['Ted Marlow', 'What is he hiding']]],
    ['"We are not leaving!" Mayor Lena Okafor told the crowd.', [['Lena Okafor', 'We are not leaving']]],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('a pronoun after the quote goes to the asker', () => {
    const found = speakers('Maria Reyes led in the polls.\n\n"What is he hiding?" Reyes campaign chairman Ted Marlow asked. He said the returns would show it.');
    expect(found.map(([who]) => who)).toEqual(['Ted Marlow', 'Ted Marlow']);
  });

  it('is one sentence; a new sentence after a question still splits', () => {
    const text = '"Is this legal?" Ana Ruiz asked. "Why?" He left the room.';
    const sentences = splitSentences(text, segmentText(text)).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['"Is this legal?" Ana Ruiz asked.', '"Why?"', 'He left the room.']);
  });
});

describe('a short quote before an inverted cue', () => {
  it.each([
    ['"Why now?" asked Senator Ruth Dale.', 'Ruth Dale', 'Why now'],
  ])('%s', (text, who, content) => {
    const parsed = parse(text);
    expect(speakers(text)).toEqual([[who, content]]);
    expect(parsed.actors.map((a) => a.name)).toEqual([who]);
  });

  it('guard (passes before the change too): "Not now," said Ana Ruiz.', () => {
    expect(speakers('"Not now," said Ana Ruiz.')).toEqual([['Ana Ruiz', 'Not now']]);
  });
});

describe('a quoted question is asked, not called for', () => {
  it.each(['"Why now?" asked Senator Ruth Dale.', '"What is he hiding?" campaign chairman Ted Marlow asked in a call.'])('%s', (text) => {
    expect(parse(text).claims.map((c) => c.kind)).toEqual(['statement']);
  });
});
