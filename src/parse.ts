import { z } from 'zod';
import { InvalidInputError, InvalidOptionsError } from './errors.js';
import { shortHash } from './ids.js';
import type { Message } from './schema/message.js';
import type { ParsedArticle } from './schema/article.js';
import { segmentText } from './text/segment.js';
import { splitSentences } from './text/sentences.js';
import { guessEnglish } from './text/language.js';
import { detectHtml } from './text/html.js';
import { tagSentences } from './nlp/tokens.js';
import { extractEntities } from './extract/entities.js';
import { extractTimes } from './extract/times.js';
import { scanQuotes } from './extract/quotes.js';
import { extractClaimRecords, type ClaimDraft } from './extract/claims.js';
import type { Claim } from './schema/claim.js';
import { extractEvents } from './extract/events.js';
import { isValidYmd } from './extract/time/calendar.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A real calendar day and, when given, a real clock time: "2025-02-30" and "T25:99" are refused here, not deep in a stage. */
function isRealDateTime(s: string): boolean {
  if (!isValidYmd({ y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), d: Number(s.slice(8, 10)) })) return false;
  return s.length <= 10 || (Number(s.slice(11, 13)) < 24 && Number(s.slice(14, 16)) < 60 && (s.length < 19 || s[16] !== ':' || Number(s.slice(17, 19)) < 60));
}

/** Options of `parseArticle`; unknown keys are rejected so a typo never passes silently. */
export const ParseOptionsSchema = z
  .object({
    /** Publication date (`YYYY-MM-DD` or an ISO date-time): the reference for relative times. */
    publishedAt: z
      .string()
      .regex(ISO_DATE, 'publishedAt must be an ISO date such as "2025-12-03"')
      .refine(isRealDateTime, 'publishedAt is not a real calendar date and time; pass one such as "2025-12-03" or "2025-12-03T14:30:00Z"')
      .nullable()
      .optional(),
    title: z.string().nullable().optional(),
    /** Article id; defaults to a hash of the text, so the same text always gets the same id. */
    id: z.string().min(1).regex(/^[^\s]+$/, 'id must not contain spaces').optional(),
    url: z.string().nullable().optional(),
    source: z.string().nullable().optional(),
    /** Longest text parsed, in UTF-16 code units (default 5,000,000); longer input gives an empty result with an error message. */
    maxLength: z.number().int().positive().optional(),
  })
  .strict();
export type ParseOptions = z.input<typeof ParseOptionsSchema>;

export const DEFAULT_MAX_LENGTH = 5_000_000;

/**
 * Parses one news article into actors, places, times, claims and events, each with offsets into `text`.
 * Never throws on a string; misuse (a non-string, an invalid option) throws a named error.
 *
 * @example
 * const parsed = parseArticle('Kyiv denied the report, officials said.', { publishedAt: '2025-12-03' });
 * parsed.claims.length // >= 1
 */
export function parseArticle(text: string, options: ParseOptions = {}): ParsedArticle {
  if (typeof text !== 'string') {
    throw new InvalidInputError(`parseArticle expects the article text as a string, got ${text === null ? 'null' : typeof text}`);
  }
  const parsedOptions = ParseOptionsSchema.safeParse(options ?? {});
  if (!parsedOptions.success) {
    const issue = parsedOptions.error.issues[0];
    const path = (issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
    throw new InvalidOptionsError(`Invalid parseArticle option ${path.join('.') || ''}: ${issue?.message ?? 'invalid'}`, path);
  }
  const opts = parsedOptions.data;
  const id = opts.id ?? shortHash(text);
  const publishedAt = opts.publishedAt ?? null;
  const referenceDate = publishedAt ? publishedAt.slice(0, 10) : null;
  const messages: Message[] = [];
  const maxLength = opts.maxLength ?? DEFAULT_MAX_LENGTH;

  const blocks = text.length > maxLength ? [] : segmentText(text);
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const result: ParsedArticle = {
    article: {
      id,
      title: opts.title ?? (titleBlock ? text.slice(titleBlock.start, titleBlock.end) : null),
      publishedAt,
      ...(opts.url !== undefined ? { url: opts.url } : {}),
      ...(opts.source !== undefined ? { source: opts.source } : {}),
      text,
    },
    actors: [],
    places: [],
    times: [],
    claims: [],
    events: [],
    messages,
  };
  if (text.length > maxLength) {
    messages.push({ ruleId: 'input/too-long', severity: 'error', reason: `The text has ${text.length} characters, more than maxLength (${maxLength}); nothing was parsed. Split it or raise maxLength.` });
    return result;
  }
  if (text.trim().length === 0) {
    messages.push({ ruleId: 'input/empty', severity: 'warning', reason: 'The text is empty or only whitespace.' });
    return result;
  }
  const language = guessEnglish(text);
  if (!language.english) {
    messages.push({ ruleId: 'input/not-english', severity: 'error', reason: `${language.reason} Nothing was parsed.` });
    return result;
  }
  const html = detectHtml(text);
  if (html) {
    messages.push({ ruleId: 'input/html', severity: 'warning', start: html.firstTag, reason: `The text holds ${html.tags >= 1000 ? '1000 or more' : html.tags} HTML tags; newsgraph does not strip markup, so tags are read as text. Convert the page to plain text first.` });
  }

  const sentences = splitSentences(text, blocks);
  const tagged = tagSentences(text, sentences);
  const prefix = `${id}:`;
  const timeResult = extractTimes(text, sentences, { referenceDate, idPrefix: prefix, blocks });
  messages.push(...timeResult.messages);
  const reference = referenceDate ?? timeResult.inferredReferenceDate;
  const entities = extractEntities(text, tagged);
  const quoteScan = scanQuotes(text, blocks.filter((b) => b.kind === 'paragraph'));
  const quotes = quoteScan.quotes;
  messages.push(...quoteScan.messages);
  const claimResult = extractClaimRecords(text, tagged, entities.mentions, entities.actors, timeResult.times, quotes, { referenceDate: reference, idPrefix: prefix });
  const claims = claimResult.claims;
  // speakers only the claims stage found ("Airbus has confirmed", "officials said") are actors of the article too
  const actors = [...entities.actors, ...claimResult.speakers];
  const eventResult = extractEvents(text, tagged, entities.mentions, actors, timeResult.times, claims, { referenceDate: reference, idPrefix: prefix });
  const events = eventResult.events;
  // unnamed groups the events stage named as participants ("police", "civilians") are actors of the article too
  actors.push(...eventResult.groups);

  result.actors = actors;
  result.places = entities.places;
  result.times = timeResult.times;
  result.claims = withEventsTold(claims, eventResult.claimEvents);
  result.events = events;
  return result;
}

/**
 * The claims as records, each `about.eventIds` extended with the events the events stage found it is about.
 * Builds new claim records instead of editing the claims stage's drafts, so each stage's output stays its own.
 */
function withEventsTold(claims: readonly ClaimDraft[], told: ReadonlyMap<string, readonly string[]>): Claim[] {
  return claims.map(({ contentStart: _s, contentEnd: _e, ...claim }) => {
    const eventIds = told.get(claim.id);
    return eventIds ? { ...claim, about: { ...claim.about, eventIds: [...claim.about.eventIds, ...eventIds] } } : claim;
  });
}
