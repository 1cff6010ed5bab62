import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * A surname that opens with a particle ("De Smet", "van der Berg", "bin Rashid") is the short form of the full name
 * the article gave before, not a person of its own; before a kin-group noun it names the family. Invented names.
 */
function persons(text: string): string[] {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2026-03-15' }).actors.filter((a) => a.kind === 'person').map((a) => a.name);
}

describe('a particle surname joins the full name', () => {
  it.each([
    ['Trade commissioner Pieter De Smet met the minister. De Smet said the talks were useful.', ['Pieter De Smet']],
    ['Mayor Anna van der Berg opened the bridge. Van der Berg said it had cost too much.', ['Anna van der Berg']],
    ['Sheikh Khalid bin Rashid arrived in Doha. Bin Rashid told reporters the deal was close.', ['Khalid bin Rashid']],
    ['Senator Luis da Costa visited the port. Da Costa said the dredging would start in May.', ['Luis da Costa']],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('keeps a family named by the particle surname apart from the person', () => {
    const text = 'King Faisal Al Nasr opened the session. Critics of the Al Nasr family said the vote was unfair.';
    const parsed = parseArticle(`Report\n\n${text}`, { publishedAt: '2026-03-15' });
    const king = parsed.actors.find((a) => a.name === 'Faisal Al Nasr');
    expect(king).toBeDefined();
    const familyStart = text.indexOf('Al Nasr family') + 'Report\n\n'.length;
    expect(king?.mentions.some((m) => m.start === familyStart)).toBe(false);
  });
});
