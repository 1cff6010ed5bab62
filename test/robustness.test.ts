import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionsError, NewsgraphError, parseArticle } from '../src/index.js';
import { brokenInvariants } from './helpers/invariants.js';

const ENGLISH = 'Foreign Minister Ana Lopes said on Monday that the port in Odesa had reopened. Officials in Kyiv denied the report.';

/** Inputs a scraper really returns; each must parse without throwing and keep every guarantee. */
const HOSTILE: [string, string][] = [
  ['the empty string', ''],
  ['only whitespace', ' \t\n\r\n \u00a0\u2028 '],
  ['only punctuation', '!!! ... ??? ,,, ;;; --- """ \'\'\' ((( ))) ]]] ...'],
  ['NUL and other control bytes', `Ana\u0000 Lopes said\u0001 the port\u0007 reopened.\u0000\u001b[0m\u007f\ufffd\ufeff`],
  ['bytes of a binary file read as UTF-8', Array.from({ length: 600 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
  ['lone surrogates', 'Ana Lopes said \ud800 the port \udc00 reopened \udbff.'],
  ['mixed scripts in one sentence', 'Президент Ана Lopes said 北京 and Kyiv agreed, القاهرة denied it.'],
  ['right-to-left text with bidi controls', '\u202bOfficials in Cairo said\u202c \u05e9\u05dc\u05d5\u05dd \u200fthe talks\u200e failed \u2067Ana Lopes\u2069.'],
  ['emoji, flags and joiners', 'Ana Lopes 🇺🇦 said 👩‍👩‍👧 the port in Odesa 🚢 reopened 🎉. Kyiv denied it 😡.'],
  ['CRLF line ends', ENGLISH.replace('. ', '.\r\n\r\n')],
  ['lone CR line ends (old Mac text)', `Port reopens\r\r${ENGLISH.replace('. ', '.\r')}`],
  ['a very long line without punctuation', 'the talks in Geneva went on and '.repeat(700)],
  ['a very long word', 'A'.repeat(30_000)],
  ['HTML markup', `<html><body><h1>Port reopens</h1><p>${ENGLISH}</p><script>var x = "<b>";</script></body></html>`],
  ['unbalanced quotes and brackets', '"Ana Lopes said "the port (in Odesa reopened. Kyiv denied “it” ” ” ( ( ('],
  ['Unicode line and paragraph separators', `Port reopens\u2029${ENGLISH.replace('. ', '.\u2028')}`],
  ['only digits and dates', '2025-12-03 12:00 03/12/2025 1 2 3 4 5 6 7 8 9 10 Monday Tuesday December 2025'],
];

describe('parseArticle on hostile text', () => {
  it.each(HOSTILE)('parses %s without throwing and keeps every guarantee', (_, text) => {
    expect(brokenInvariants(text, parseArticle(text, { publishedAt: '2025-12-03' }))).toEqual([]);
  });

  it('finds the same actors in CRLF, lone CR and LF text', () => {
    const names = (text: string) => parseArticle(text).actors.map((a) => a.name);
    const lf = `Port reopens\n\n${ENGLISH.replace('. ', '.\n')}`;
    expect(names(lf.replaceAll('\n', '\r\n'))).toEqual(names(lf));
    expect(names(lf.replaceAll('\n', '\r'))).toEqual(names(lf));
  });

  it('finds a speaker whose sentence holds emoji and right-to-left text, with offsets into the original', () => {
    const text = '🚢🚢 Minister Ana Lopes said \u05e9\u05dc\u05d5\u05dd that the port reopened.';
    const parsed = parseArticle(text);
    const lopes = parsed.actors.find((a) => a.name === 'Ana Lopes');
    expect(lopes?.mentions[0]?.start).toBe(text.indexOf('Ana Lopes'));
  });

  it('cuts a line of 23,000 characters into bounded sentences instead of failing', () => {
    const text = 'Minister Ana Lopes said the port reopened and '.repeat(500);
    const parsed = parseArticle(text);
    expect(brokenInvariants(text, parsed)).toEqual([]);
    expect(parsed.actors.some((a) => a.name === 'Ana Lopes')).toBe(true);
  });
});

describe('parseArticle on text it does not read', () => {
  const GERMAN = 'Der Außenminister sagte am Montag in Berlin, dass die Gespräche mit der Regierung nicht fortgesetzt werden. Die Opposition kritisierte die Entscheidung und forderte eine Abstimmung im Bundestag, wie ein Sprecher des Ministeriums auch am Dienstag bestätigte.';

  it('returns an empty result with an input/not-english error for German prose', () => {
    const parsed = parseArticle(GERMAN);
    expect(parsed.actors).toEqual([]);
    expect(parsed.messages.map((m) => m.ruleId)).toEqual(['input/not-english']);
  });

  it('names the language it saw in the message', () => {
    expect(parseArticle(GERMAN).messages[0]?.reason).toMatch(/German/);
  });

  it('returns an empty result for Cyrillic text', () => {
    const parsed = parseArticle('Министр иностранных дел заявил в понедельник, что переговоры с правительством не будут продолжены.');
    expect([parsed.claims.length, parsed.messages[0]?.ruleId]).toEqual([0, 'input/not-english']);
  });

  it('still parses an English article that quotes French', () => {
    const text = `${ENGLISH} The minister added: "les négociations ne reprendront pas", according to a statement.`;
    expect(parseArticle(text).messages.some((m) => m.ruleId === 'input/not-english')).toBe(false);
  });

  it('still parses a short headline of names', () => {
    expect(parseArticle('Lopes, Schmidt und Dupont').messages.some((m) => m.ruleId === 'input/not-english')).toBe(false);
  });

  it('warns that HTML is not stripped, pointing at the first tag', () => {
    const text = `Intro <p>${ENGLISH}</p><p>More.</p>`;
    const html = parseArticle(text).messages.find((m) => m.ruleId === 'input/html');
    expect(html?.start).toBe(text.indexOf('<p>'));
  });

  it('does not call a sentence with one "<" comparison HTML', () => {
    expect(parseArticle('Inflation stayed < 2% in May, Ana Lopes said.').messages.some((m) => m.ruleId === 'input/html')).toBe(false);
  });
});

describe('parseArticle misuse', () => {
  const thrown = (fn: () => unknown): Error => {
    try {
      fn();
    } catch (error) {
      return error as Error;
    }
    throw new Error('nothing was thrown');
  };

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a Buffer', Buffer.from('Ana Lopes said so.')],
    ['an object with a text field', { text: 'Ana Lopes said so.' }],
  ])('throws InvalidInputError saying to pass a string when given %s', (_, value) => {
    const error = thrown(() => parseArticle(value as unknown as string));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toMatch(/as a string/);
  });

  it('gives every misuse error a stable code and its class name', () => {
    const error = thrown(() => parseArticle(null as unknown as string)) as NewsgraphError;
    expect([error.name, error.code]).toEqual(['InvalidInputError', 'ERR_INVALID_INPUT']);
  });

  it('throws InvalidOptionsError showing the expected date form for a bad publishedAt', () => {
    expect(thrown(() => parseArticle('Text.', { publishedAt: '03/12/2025' })).message).toMatch(/"2025-12-03"/);
  });

  it.each(['2025-13-45', '2025-02-30', '2025-02-29', '2024-02-29T25:00', '2025-12-03T10:61', '2025-12-03T::'])(
    'throws InvalidOptionsError at path publishedAt for %s, which is no calendar date and time',
    (publishedAt) => {
      expect((thrown(() => parseArticle('Text.', { publishedAt })) as InvalidOptionsError).path).toEqual(['publishedAt']);
    },
  );

  it.each(['2024-02-29', '2025-12-03T14:30', '2025-12-03T14:30:59.123Z', '2025-12-03 09:00:00+05:30'])('accepts the real date-time %s', (publishedAt) => {
    expect(parseArticle('Ana Lopes said so.', { publishedAt }).article.publishedAt).toBe(publishedAt);
  });

  it('throws InvalidOptionsError naming the option for a non-positive maxLength', () => {
    expect((thrown(() => parseArticle('Text.', { maxLength: 0 })) as InvalidOptionsError).path).toEqual(['maxLength']);
  });

  it('throws InvalidOptionsError when the options are not an object', () => {
    expect(thrown(() => parseArticle('Text.', 'publishedAt=2025-12-03' as never))).toBeInstanceOf(InvalidOptionsError);
  });
});

describe('bounded cost', () => {
  /** A line that mixes the shapes that once cost quadratic or exponential time: runs of dots, initials, unclosed brackets, cue gaps. */
  const UNIT = 'J. K. Ana Lopes in a post also on W (Kyiv ((( said ...... "May 1, 2025 ,0,0,0 U.S. Odesa-Kyiv --- ';
  const line = (length: number) => UNIT.repeat(Math.ceil(length / UNIT.length)).slice(0, length);
  const timed = (text: string) => {
    const t0 = performance.now();
    parseArticle(text);
    return performance.now() - t0;
  };

  it('parses a pathological 200,000-character line within a linear bound of a 2,000-character one', () => {
    parseArticle(line(2_000)); // warm the tagger and the gazetteer
    const short = Math.min(timed(line(2_000)), timed(line(2_000)), timed(line(2_000)));
    const long = timed(line(200_000));
    // 100 times the text may take up to 400 times as long (plus 2 s for GC and a loaded machine): generous
    // enough to never flake, and still far below what a quadratic stage costs (10,000 times).
    expect(long).toBeLessThan(400 * short + 2_000);
  }, 120_000);
});
