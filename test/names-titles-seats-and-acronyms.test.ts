import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 10 (names): a seat of government named after its street stands for the government before its site head
 * is read ("A Downing Street spokesman said"); a hyphenated title is one title even when the tokenizer cuts it at
 * the hyphen ("Director-General", not the rank "General"); an acronym right before a title and its holder is the
 * body the holder heads ("WHO Director-General X", "IMF Managing Director X").
 */
/** Cases marked "guard" pass before the change too; they keep it from breaking what worked. */
const GUARD = /^guard \(passes before the change too\): /;

function parse(text: string) {
  return parseArticle(`Report\n\n${text.replace(GUARD, '')}`, { publishedAt: '2026-03-15' });
}

const actor = (parsed: ReturnType<typeof parse>, name: string) => parsed.actors.find((a) => a.name === name || a.aliases.includes(name));

describe('a seat of government named after a street stands for the government', () => {
  it('"A Downing Street spokesman said" gives the British government', () => {
    const parsed = parse('A Downing Street spokesman said the minister had the full confidence of the cabinet.');
    expect(actor(parsed, 'Downing Street')?.kind).toBe('government');
  });

  it('"Downing Street officials insisted" gives the British government', () => {
    const parsed = parse('Late on Thursday, Downing Street officials insisted that no deal had been struck with the rebels.');
    expect(actor(parsed, 'Downing Street')?.kind).toBe('government');
  });

  it('guard (passes before the change too): "marched to Downing Street" is a place', () => {
    const parsed = parse('Thousands of nurses marched to Downing Street on Saturday.');
    expect(parsed.places.map((p) => p.name)).toContain('Downing Street');
    expect(actor(parsed, 'Downing Street')).toBeUndefined();
  });
});

describe('a hyphenated title is one title', () => {
  it('"Director-General Ana Velasco" has the title Director-General, not General', () => {
    const parsed = parse('The agency\'s Director-General Ana Velasco said the report was accurate.');
    expect(actor(parsed, 'Ana Velasco')?.titles).toEqual(['Director-General']);
  });

  it('"Lieutenant-General Omar Haddad" has the title Lieutenant-General', () => {
    const parsed = parse('Lieutenant-General Omar Haddad told reporters the column had withdrawn overnight.');
    expect(actor(parsed, 'Omar Haddad')?.titles).toEqual(['Lieutenant-General']);
  });
});

describe('an acronym right before a title and its holder is the body', () => {
  it('"WHO Director-General X said" gives the body WHO', () => {
    const parsed = parse('WHO Director-General Miriam Osei said the outbreak had peaked in the north.');
    expect(actor(parsed, 'WHO')?.kind).toBe('organization');
    expect(actor(parsed, 'Miriam Osei')?.kind).toBe('person');
  });

  it('"the IMF Managing Director X warned" gives the body IMF and the title Managing Director', () => {
    const parsed = parse('On Monday the IMF Managing Director Pavel Strnad warned that growth would slow.');
    expect(actor(parsed, 'IMF')?.kind).toBe('organization');
    expect(actor(parsed, 'Pavel Strnad')?.titles).toContain('Managing Director');
  });

  it('guard (passes before the change too): "US President X" gives no body "US"', () => {
    const parsed = parse('US President Dale Hemming said the tariffs would stay.');
    expect(parsed.actors.filter((a) => a.kind === 'organization').map((a) => a.name)).not.toContain('US');
  });
});
