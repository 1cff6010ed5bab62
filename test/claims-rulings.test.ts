import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const claimsOf = (text: string) => {
  const a = parseArticle(text, { publishedAt: '2025-06-02' });
  return a.claims.map((c) => ({ by: a.actors.find((x) => x.id === c.claimantId)?.name ?? null, cue: c.cue, kind: c.kind, content: c.content }));
};

// Invented sentences: rulings and determinations are attributions; a legal appeal is not a call.
describe('rulings, determinations and appeals', () => {
  it.each([
    ['Judge Roberta Nakamura ruled that the department had failed to consult the tribes.', 'Roberta Nakamura', 'ruled', 'assessment', 'the department had failed to consult the tribes'],
    ['Investigators determined that the fire was set deliberately.', 'investigators', 'determined', 'report', 'the fire was set deliberately'],
    ['Mayor Ines Duarte appealed for calm after the riots.', 'Ines Duarte', 'appealed for', 'call', undefined],
  ])('%j is a claim of %j', (text, by, cue, kind, content) => {
    const claim = claimsOf(text).find((c) => c.cue === cue);
    expect(claim).toMatchObject({ by, kind, ...(content ? { content } : {}) });
  });

  it.each([
    'The referee ruled the goal out.',
    'Velmora Mining appealed the ruling on Monday.',
  ])('%j holds no claim', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('reads "said it would appeal" as one statement, not a call', () => {
    const claims = claimsOf('Ana Lima said she would appeal.');
    expect(claims.map((c) => [c.cue, c.kind])).toEqual([['said', 'statement']]);
  });
});

describe('groups at the scene of a disaster speak', () => {
  it.each([
    ['Two people died in the fire, emergency services said.', 'emergency services'],
    ['Six people were rescued from the river, firefighters said.', 'firefighters'],
    ['The bus had been speeding, survivors told local radio.', 'survivors'],
  ])('%j is a claim of %j', (text, by) => {
    expect(claimsOf(text).map((c) => c.by)).toContain(by);
  });

  it('reads an operator named in apposition as a company that "it" refers to', () => {
    const claims = claimsOf('The operator, Vantra Rail, suspended services. It said the train had passed a check in March.');
    expect(claims).toContainEqual(expect.objectContaining({ by: 'Vantra Rail', content: 'the train had passed a check in March' }));
  });
});
