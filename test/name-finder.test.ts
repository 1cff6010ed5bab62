import { describe, expect, it } from 'vitest';
import { nameFinder } from '../src/extract/entities.js';

/** The regex alternation nameFinder replaces: the reference its answers must equal. */
function byRegex(names: readonly string[], sentence: string): { index: number; name: string }[] {
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}&'’-])(?:${escaped.join('|')})(?![\\p{L}\\p{N}&-])`, 'gu');
  return [...sentence.matchAll(re)].map((m) => ({ index: m.index as number, name: m[0] }));
}

describe('nameFinder (a name found once is found again)', () => {
  const names = ['Maria Okafor-Lind', 'Okafor-Lind', 'Velmora Systems', 'Velmora', 'Vel', 'U.S.', 'X', 'Ωmega', '𝐀stral'].sort((a, b) => b.length - a.length);
  const find = nameFinder(names);

  it('finds the longest name at a place and never one inside a longer word', () => {
    expect(find('Velmora Systems hired Maria Okafor-Lind; Velmoran food and McVelmora are not names.')).toEqual([
      { index: 0, name: 'Velmora Systems' },
      { index: 22, name: 'Maria Okafor-Lind' },
    ]);
    expect(find("the U.S. and X-ray, X said, and Okafor-Lind's view")).toEqual([
      { index: 4, name: 'U.S.' },
      { index: 20, name: 'X' },
      { index: 32, name: 'Okafor-Lind' },
    ]);
  });

  it('answers as the regex alternation does on random strings of names, letters, joiners and astral characters', () => {
    const pieces = [...names, ' ', ' ', 'a', '-', '&', "'", '’', '1', 'é', '𝐀', '\uD835', 'Vel', 'mora', '.', ','];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 2000; k++) {
      const sentence = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(find(sentence), JSON.stringify(sentence)).toEqual(byRegex(names, sentence));
    }
  });
});
