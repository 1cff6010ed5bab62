import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Coined names of political processes and programmes ("Brexit", "Obamacare") are written capitalised like bodies
 * but never act or locate anything: no actor, no place. Invented sentences.
 */
function names(text: string): string[] {
  const parsed = parseArticle(`Report\n\n${text}`, { publishedAt: '2019-03-29' });
  return [...parsed.actors, ...parsed.places].map((r) => r.name);
}

describe('names of political processes', () => {
  it.each([
    ['Ana Ruiz said her Brexit deal was the only option.', 'Brexit'],
    ["Lawmakers rejected Prime Minister Ana Ruiz's Brexit withdrawal agreement on Friday.", 'Brexit'],
    ['guard (passes before the change too): Brexit will hurt farmers, Tom Reed said on Monday.', 'Brexit'],
    ['guard (passes before the change too): Senator Lena Dale vowed on Monday to repeal Obamacare.', 'Obamacare'],
  ])('%s', (text, name) => {
    expect(names(text.replace(/^guard \(passes before the change too\): /, ''))).not.toContain(name);
  });
});
