import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EventTypeTableSchema, GoldArticleSchema, type GoldArticle } from '../scripts/eval/gold.js';
import { EventTypeSchema } from '../src/schema/event.js';

/*
 * Format check of the blind gold folder, without parsing anything: every gold file fits the schema, every
 * `contains` / `disputes` snippet lies in its text, every time's text is where its offsets say, every event
 * type is a key or synonym of event-types.json. Reading this test's failures is allowed: they are format
 * errors, not parser errors.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FOLDER = path.join(root, 'fixtures/blind-gold');
const SHARED_TYPES = path.resolve(root, '../shared/eval/event-types.json');

/** Event type names accepted: the shared table when it is beside the repository, else the schema's keys. */
function eventTypeNames(): Set<string> {
  if (!existsSync(SHARED_TYPES)) return new Set(EventTypeSchema.options);
  const table = EventTypeTableSchema.parse(JSON.parse(readFileSync(SHARED_TYPES, 'utf8')));
  return new Set(Object.entries(table).flatMap(([key, synonyms]) => [key, ...synonyms]));
}

/** Containment as the scorer reads it: case, runs of white space and typographic quotes ignored. */
function normalise(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').toLowerCase();
}

/** Every format problem of one gold file against its text; empty when the file is sound. */
function formatProblems(raw: unknown, text: string, types: Set<string>): string[] {
  const parsed = GoldArticleSchema.safeParse(raw);
  if (!parsed.success) return parsed.error.issues.map((i) => `schema: ${i.path.join('.')}: ${i.message}`);
  const gold: GoldArticle = parsed.data;
  const problems: string[] = [];
  const body = normalise(text);
  const snippet = (where: string, s: string) => {
    if (!body.includes(normalise(s))) problems.push(`${where}: ${JSON.stringify(s)} is not in the text`);
  };
  for (const c of gold.claims ?? []) snippet('claim', c.contains);
  for (const d of gold.denials ?? []) {
    snippet('denial', d.contains);
    snippet('denial disputes', d.disputes);
  }
  for (const e of gold.events ?? []) {
    snippet('event', e.contains);
    if (e.type !== undefined && !types.has(e.type)) problems.push(`event type ${JSON.stringify(e.type)} unknown`);
  }
  for (const t of gold.times ?? []) {
    if (t.start !== undefined && t.end !== undefined) {
      if (text.slice(t.start, t.end) !== t.text) problems.push(`time ${JSON.stringify(t.text)} not at ${t.start}-${t.end}`);
    } else snippet('time', t.text);
  }
  return problems;
}

const files = readdirSync(FOLDER)
  .filter((f) => f.endsWith('.gold.json'))
  .sort();
const types = eventTypeNames();

describe('fixtures/blind-gold format', () => {
  it('holds eight gold files, each beside its text', () => {
    expect(files).toHaveLength(8);
    for (const f of files) expect(existsSync(path.join(FOLDER, f.replace(/\.gold\.json$/, '.txt')))).toBe(true);
  });

  it.each(files)('%s fits the schema and its text', (file) => {
    const raw: unknown = JSON.parse(readFileSync(path.join(FOLDER, file), 'utf8'));
    const text = readFileSync(path.join(FOLDER, file.replace(/\.gold\.json$/, '.txt')), 'utf8');
    expect(formatProblems(raw, text, types)).toEqual([]);
    expect((raw as { id: string }).id).toBe(file.replace(/\.gold\.json$/, ''));
    expect((raw as { timesExhaustive?: boolean }).timesExhaustive).toBe(true);
  });

  it('catches a broken gold object (the check can fail)', () => {
    const text = 'Rebels said on Monday they took the town.';
    const broken = {
      id: 'broken',
      publishedAt: '2026-01-05',
      claims: [{ claimant: 'Rebels', cue: 'said', kind: 'report', contains: 'they took the city' }],
      events: [{ type: 'invasion', contains: 'took the town', modality: 'asserted' }],
      times: [{ text: 'Monday', value: '2026-01-05', start: 0, end: 6 }],
    };
    expect(formatProblems(broken, text, types)).toEqual([
      'claim: "they took the city" is not in the text',
      'event type "invasion" unknown',
      'time "Monday" not at 0-6',
    ]);
    const misspelt = { id: 'broken', actors: [{ name: 'Rebels', kind: 'group', alias: ['rebels'] }] };
    expect(formatProblems(misspelt, text, types)[0]).toMatch(/^schema: /);
  });
});
