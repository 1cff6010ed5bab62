/**
 * Whole-article checks on the bundled sample: what a reader of the article would verify.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParsedArticleSchema, buildGraph, claimsByActor, eventsOnDate, parseArticle } from '../src/index.js';

const text = readFileSync(new URL('../fixtures/kremlin-talks.txt', import.meta.url), 'utf8');
const parsed = parseArticle(text, { publishedAt: '2025-12-03' });
const actorNamed = (name: string) => parsed.actors.find((a) => a.name === name || a.aliases.includes(name));
const claimsOf = (name: string) => parsed.claims.filter((c) => c.claimantId === actorNamed(name)?.id);

describe('the sample article (fixtures/kremlin-talks.txt)', () => {
  it('passes its own schema', () => {
    expect(ParsedArticleSchema.safeParse(parsed).success).toBe(true);
  });

  it('has three claims by Ushakov: the assessment, the confirmation and the addition', () => {
    const ushakov = claimsOf('Yuri Ushakov');
    expect(ushakov.map((c) => c.cue)).toEqual(['called', 'confirmed', 'added']);
    expect(ushakov[0]?.quote).toBe('very useful, constructive and substantive');
    expect(ushakov[1]?.content).toContain('territorial issues were reviewed');
    expect(ushakov[2]?.content).toContain('no overall compromise emerged');
  });

  it("has Putin's rejection of the European amendments", () => {
    const rejection = claimsOf('Vladimir Putin').find((c) => c.kind === 'rejection');
    expect(rejection?.content).toContain('amendments proposed by European governments');
  });

  it("links Kyiv's denial to Russia's claim about Krasnoarmeysk", () => {
    const denial = parsed.claims.find((c) => c.kind === 'denial');
    expect(actorNamed('Kyiv')?.id).toBe(denial?.claimantId);
    const disputed = parsed.claims.filter((c) => denial?.disputes.includes(c.id));
    expect(disputed.some((c) => c.content.includes('took Krasnoarmeysk'))).toBe(true);
  });

  it('knows Krasnoarmeysk and Pokrovsk are one place', () => {
    const town = parsed.places.find((p) => p.name === 'Pokrovsk' || p.aliases.includes('Pokrovsk'));
    expect([town?.name, ...(town?.aliases ?? [])]).toContain('Krasnoarmeysk');
  });

  it('marks the capture Kyiv denies as denied', () => {
    const capture = parsed.events.find((e) => e.type === 'capture' && e.trigger.text === 'took');
    expect(capture?.modality).toBe('denied');
    expect(capture?.date).toBe('2025-12-01');
  });

  it('resolves "Yesterday, on December 2" to 2025-12-02', () => {
    const time = parsed.times.find((t) => t.text.includes('December 2'));
    expect(time?.value).toBe('2025-12-02');
  });

  it('dates the Kremlin meeting on 2025-12-02 and places it at the Kremlin', () => {
    const graph = buildGraph([parsed]);
    const meetings = eventsOnDate(graph, '2025-12-02').filter((e) => e.type === 'meeting');
    expect(meetings.length).toBeGreaterThan(0);
    const kremlin = parsed.places.find((p) => p.name === 'Kremlin');
    expect(meetings.some((e) => kremlin && e.placeIds.includes(kremlin.id))).toBe(true);
  });

  it('finds Ushakov by surname in the graph', () => {
    expect(claimsByActor(buildGraph([parsed]), 'Ushakov')).toHaveLength(3);
  });

  it('makes nothing in the footer or headings into an actor', () => {
    const names = parsed.actors.flatMap((a) => [a.name, ...a.aliases]);
    for (const junk of ['Reply', 'Top', 'Talks', 'Leave', 'Back', 'Frontline Dynamics']) expect(names).not.toContain(junk);
  });

  it('gives every span the text it points at', () => {
    const spans = [
      ...parsed.actors.flatMap((a) => a.mentions),
      ...parsed.places.flatMap((p) => p.mentions),
      ...parsed.events.map((e) => e.trigger),
      ...parsed.times,
    ];
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
