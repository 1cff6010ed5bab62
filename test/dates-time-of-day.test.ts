import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { claimsOf } from './helpers/claims.js';

/*
 * A time of day ("Monday night", "early on Sunday morning", "at 3 p.m. on Friday") dates the happening or the
 * saying by its day, as event and claim dates are annotated: the time expression keeps its TimeML value
 * (2016-10-10TNI), the event and the claim take the day. Invented sentences, one per form.
 */

describe('a claim said at a time of day is dated by its day', () => {
  // claimsOf parses with publication date Tuesday 10 June 2025
  it.each([
    ['Senator Ana Kessel told supporters in Toledo on Monday night that the count was fair.', '2025-06-09'],
    ['Governor Paul Brandt said early on Sunday morning that the roads would reopen.', '2025-06-08'],
    ['Minister Lena Brook said on Friday evening that talks would resume.', '2025-06-06'],
  ])('%s', (text, date) => {
    const [claim] = claimsOf(text);
    expect(claim?.date).toBe(date);
  });
});

describe('an event at a time of day is dated by its day', () => {
  const parse = (text: string) => parseArticle(text, { publishedAt: '2026-03-15' });
  it.each([
    ['Rebels attacked the town of Varna on Friday night, officials said.', 'attacked', '2026-03-13'],
    ['Police arrested three men early on Saturday morning in the capital.', 'arrested', '2026-03-14'],
    ['Gunmen stormed a hotel in the city on Thursday afternoon.', 'stormed', '2026-03-12'],
  ])('%s', (text, word, date) => {
    const parsed = parse(text);
    const event = parsed.events.find((e) => e.trigger.text === word);
    expect(event?.date).toBe(date);
    // the time expression itself keeps its time of day
    expect(parsed.times.some((t) => t.value.startsWith(`${date}T`))).toBe(true);
  });
});

/* A time that modifies the happening noun itself dates it before any other time of its clause. Invented sentences. */
describe("a possessive time dates its own happening", () => {
  const parse = (text: string) => parseArticle(`Report\n\n${text}`, { publishedAt: '2026-03-15' });
  it.each([
    ["The main opposition party on Thursday claimed its candidate had won Tuesday's presidential election.", 'election', '2026-03-10'],
    ["On Friday the council said Monday's violent protests had caused heavy damage.", 'protests', '2026-03-09'],
  ])('%s', (text, word, date) => {
    expect(parse(text).events.find((e) => e.trigger.text === word)?.date).toBe(date);
  });
});
