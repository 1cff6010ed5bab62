import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// Invented sentences (none from an eval file): a state joined by a hyphen to a participle of acting.
const parse = (text: string) => parseArticle(text, { publishedAt: '2025-06-02' });
const actors = (text: string) => parse(text).actors.map((a) => `${a.name}/${a.kind}`);

describe('a state before "-backed", "-brokered", "-led" acts', () => {
  it.each([
    ['U.S.-backed fighters pushed into the northern suburbs on Sunday.', 'United States/government'],
    ['Fighting resumed despite a Qatar-brokered ceasefire.', 'Qatar/government'],
    ['Kremlin-backed separatists shelled the port overnight.', 'Russia/government'],
  ])('%j gives %j', (text, actor) => {
    const found = actors(text);
    expect(found).toContain(actor);
    expect(found.some((a) => /-(?:backed|brokered|led)\//.test(a))).toBe(false);
  });
});
