import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

function claimsOf(text: string) {
  const parsed = parseArticle(text, { publishedAt: '2025-06-10' });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return parsed.claims.map((c) => ({ ...c, claimant: name(c.claimantId) }));
}

describe('attribution patterns', () => {
  it('reads "X said (that) ..."', () => {
    const [c] = claimsOf('Foreign Minister Anna Berg said that the border would reopen soon.');
    expect(c).toMatchObject({ claimant: 'Anna Berg', cue: 'said', kind: 'statement', content: 'the border would reopen soon' });
  });

  it('reads "..., X said" with the content before the cue', () => {
    const [c] = claimsOf('The border will reopen on Monday, Berg said.');
    expect(c?.claimant).toBe('Berg');
    expect(c?.content).toBe('The border will reopen on Monday');
  });

  it('reads "according to X"', () => {
    const [c] = claimsOf('According to the Interior Ministry, 40 people were detained.');
    expect(c?.cue).toBe('According to');
    expect(c?.claimant).toMatch(/Interior Ministry/);
    expect(c?.content).toBe('40 people were detained');
  });

  it('keeps a quote verbatim', () => {
    const [c] = claimsOf('Mayor Tom Reed called the plan "a disaster for the city" on Friday.');
    expect(c?.quote).toBe('a disaster for the city');
    expect(c?.kind).toBe('assessment');
  });

  it('gives a participial clause the speaker of the main clause', () => {
    const cs = claimsOf('Senator Mary Holt rejected the bill, saying it was rushed.');
    expect(cs.map((c) => [c.cue, c.claimant, c.kind])).toEqual([
      ['rejected', 'Mary Holt', 'rejection'],
      ['saying', 'Mary Holt', 'statement'],
    ]);
  });

  it('resolves "he" to the last person named', () => {
    const cs = claimsOf('General Omar Said Khan spoke to troops. He added that the offensive would continue.');
    expect(cs.find((c) => c.cue === 'added')?.claimant).toBe('Omar Said Khan');
  });

  it('classifies urging as a call, warning as a warning and pledging as a pledge', () => {
    const cs = claimsOf('President Lena Park urged calm, warned against violence and pledged to rebuild the town.');
    expect(cs.map((c) => c.kind)).toEqual(['call', 'warning', 'pledge']);
    expect(new Set(cs.map((c) => c.claimant))).toEqual(new Set(['Lena Park']));
  });

  it('takes an unnamed group speaker', () => {
    const [c] = claimsOf('Prices will keep rising next year, analysts say.');
    expect(c?.claimant).toBe('analysts');
  });
});

describe('hard negatives', () => {
  it('ignores a reporting verb inside a quoted title', () => {
    const cs = claimsOf('The film "What She Said" opened in Paris on Friday.');
    expect(cs).toEqual([]);
  });

  it('does not take "claims" used as a noun for a cue', () => {
    const cs = claimsOf('The claims were investigated by the police last year.');
    expect(cs).toEqual([]);
  });

  it('keeps reported speech inside reported speech in the outer claim', () => {
    const cs = claimsOf('Minister Ivan Petrov said that the rebels claimed the town.');
    expect(cs).toHaveLength(1);
    expect(cs[0]?.content).toContain('the rebels claimed the town');
  });
});

describe('disputes', () => {
  it('links "X denied these" to the claims it answers', () => {
    const cs = claimsOf('On Sunday, Russia claimed it took the village of Dovhe. Kyiv denied this, saying the fighting went on.');
    const claim = cs.find((c) => c.cue === 'claimed');
    const denial = cs.find((c) => c.cue === 'denied');
    expect(denial?.kind).toBe('denial');
    expect(denial?.disputes).toEqual([claim?.id]);
  });

  it('links a dismissal of "X\'s claims" to X\'s claims', () => {
    const cs = claimsOf("Russia claimed it took the village of Dovhe. The general, Petro Lysenko, said Russia's claims were propaganda.");
    const claim = cs.find((c) => c.cue === 'claimed');
    const dismissal = cs.find((c) => c.claimant === 'Petro Lysenko');
    expect(dismissal?.disputes).toContain(claim?.id);
  });

  it('dates a claim by the time in its sentence, else the publication date', () => {
    const cs = claimsOf('On June 1, the army said it had withdrawn. Officials said talks would resume.');
    expect(cs.map((c) => c.date)).toEqual(['2025-06-01', '2025-06-10']);
  });
});
