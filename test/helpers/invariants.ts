import { isDeepStrictEqual } from 'node:util';
import { ParsedArticleSchema, type ParsedArticle } from '../../src/index.js';

/**
 * Every guarantee a ParsedArticle gives about its own text, as a list of broken ones (empty when all hold):
 * the schema passes, the text is kept as given, every mention, time and trigger slices to its `text`,
 * every span and message place lies inside the text, every id a record refers to exists, and the result
 * survives a JSON round trip unchanged.
 */
export function brokenInvariants(input: string, parsed: ParsedArticle): string[] {
  const broken: string[] = [];
  const schema = ParsedArticleSchema.safeParse(parsed);
  if (!schema.success) broken.push(`schema: ${schema.error.issues[0]?.message} at ${schema.error.issues[0]?.path.join('.')}`);
  if (parsed.article.text !== input) broken.push('article.text differs from the input');
  const inside = (what: string, start: number, end: number) => {
    if (!(start >= 0 && start <= end && end <= input.length)) broken.push(`${what} [${start}, ${end}) lies outside the text`);
  };
  const sliced = (what: string, m: { start: number; end: number; text: string }) => {
    inside(what, m.start, m.end);
    if (input.slice(m.start, m.end) !== m.text) broken.push(`${what} text ${JSON.stringify(m.text)} is not the text at [${m.start}, ${m.end})`);
  };
  for (const a of parsed.actors) a.mentions.forEach((m, i) => sliced(`${a.id} mention ${i}`, m));
  for (const p of parsed.places) p.mentions.forEach((m, i) => sliced(`${p.id} mention ${i}`, m));
  for (const t of parsed.times) sliced(t.id, t);
  const actorIds = new Set(parsed.actors.map((a) => a.id));
  const placeIds = new Set(parsed.places.map((p) => p.id));
  const claimIds = new Set(parsed.claims.map((c) => c.id));
  const eventIds = new Set(parsed.events.map((e) => e.id));
  for (const c of parsed.claims) {
    inside(c.id, c.start, c.end);
    if (c.cueStart !== undefined && c.cueEnd !== undefined) inside(`${c.id} cue`, c.cueStart, c.cueEnd);
    if (c.claimantId !== null && !actorIds.has(c.claimantId)) broken.push(`${c.id} claimant ${c.claimantId} is not an actor`);
    for (const d of c.disputes) if (!claimIds.has(d)) broken.push(`${c.id} disputes unknown ${d}`);
    for (const id of c.about.actorIds) if (!actorIds.has(id)) broken.push(`${c.id} is about unknown actor ${id}`);
    for (const id of c.about.placeIds) if (!placeIds.has(id)) broken.push(`${c.id} is about unknown place ${id}`);
    for (const id of c.about.eventIds) if (!eventIds.has(id)) broken.push(`${c.id} is about unknown event ${id}`);
  }
  for (const e of parsed.events) {
    inside(e.id, e.start, e.end);
    sliced(`${e.id} trigger`, e.trigger);
    for (const p of e.participants) if (!actorIds.has(p.actorId)) broken.push(`${e.id} participant ${p.actorId} is not an actor`);
    for (const id of e.placeIds) if (!placeIds.has(id)) broken.push(`${e.id} place ${id} is not a place`);
    for (const id of e.claimIds) if (!claimIds.has(id)) broken.push(`${e.id} claim ${id} is not a claim`);
  }
  for (const m of parsed.messages) if (m.start !== undefined) inside(`message ${m.ruleId}`, m.start, m.end ?? m.start);
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(parsed)), parsed)) broken.push('the result does not survive a JSON round trip');
  return broken;
}
