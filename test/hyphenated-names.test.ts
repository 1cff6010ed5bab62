import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const names = (text: string) => {
  const a = parseArticle(text, { publishedAt: '2025-06-02' });
  return [...a.actors.map((x) => x.name), ...a.places.map((p) => p.name)];
};

// Invented organisations whose names hold a hyphenated word.
describe('hyphenated words inside names', () => {
  it.each([
    ['The Anti-corruption Foundation said the report was accurate.', 'Anti-corruption Foundation'],
    ['The Baltic Co-operation Council met on Monday.', 'Baltic Co-operation Council'],
    ['The Inter-governmental Authority on Drought said talks would resume.', 'Inter-governmental Authority on Drought'],
  ])('%j names %j whole', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('never cuts a name inside a hyphenated word', () => {
    const found = names('Observers from the Council for Trade and Co-operation said the vote was fair.');
    expect(found.some((n) => /\band$|^-|-$/.test(n))).toBe(false);
  });

  it('leaves a hyphenated adjective before a group out of names', () => {
    expect(names('Rebel-held towns were shelled on Monday.')).not.toContain('Rebel-held');
  });
});
