import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Three readings around a claim. A past participle set off by commas after a common noun, with its time or agent
 * ("the plan, announced last month, would fail"), is a reduced relative clause, no cue. After a postposed attribution,
 * ", in the latest attack ..." is the writer's frame, not the claim. A plan, promise or pledge owned by a third
 * party ("the government's plan to ...") is the claim's topic, no commitment of the speaker. Invented names.
 */
function claims(text: string): [string, string, string][] {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2024-02-01' }).claims.map((c) => [c.cue, c.kind, c.content]);
}

describe('a reduced relative clause is no cue', () => {
  it.each([
    ['Analysts said the plan to cut debt, announced last month, would not be enough.', ['said']],
    ['Economists said the deficit, estimated last week at 4 percent, was too high.', ['said']],
    ['Lena Okafor said the losses, reported in May by the bank, were larger.', ['said']],
  ])('%s', (text, cues) => {
    expect(claims(text).map(([cue]) => cue)).toEqual(cues);
  });
});

describe("the writer's frame after a postposed attribution", () => {
  it.each([
    'Soldiers from the Varen Brigade killed at least 56 people in an assault on a camp near Tassin on Friday, local activists said, in the latest attack on the besieged city.',
    'Gunmen from the Kelda Front burned 30 homes in a raid on the villages around Orvane on Sunday, residents said, in the third such raid on the district this month.',
  ])('%s', (text) => {
    const found = claims(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.[2]).toMatch(/^(?:Soldiers|Gunmen)/);
  });
});

describe("a third party's plan is no pledge", () => {
  it.each([
    ["Analysts said investors were worried that the government's plan to clean up bad loans would not be enough.", 'assessment'],
    ["Tomas Korvel said the company's plans to cut 500 jobs were reckless.", 'assessment'],
    ['guard (passes before the change too): Korvel said it intends to build a new plant.', 'pledge'],
  ])('%s', (text, kind) => {
    expect(claims(text.replace(/^guard \(passes before the change too\): /, '')).map(([, k]) => k)).toEqual([kind]);
  });
});
