import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/claims.js';

describe('claim dates', () => {
  it('never takes a time inside the claimed clause', () => {
    const [c] = claimsOf("Senator Maria Ostrova said Tuesday's vote would decide the bill.");
    expect(c?.date).toBe('2025-06-10');
  });

  it('takes the time given for the saying after the cue', () => {
    const [c] = claimsOf('Minister Paul Brandt told reporters on Friday that taxes would not rise.');
    expect(c?.date).toBe('2025-06-06');
  });

  it('takes no time from the source\'s relative clause', () => {
    const [c] = claimsOf('Tomas Riva, who has led the union since 2010, said the strike would go on.');
    expect(c?.date).toBe('2025-06-10');
  });

  it('takes no time from another clause of the sentence', () => {
    const [c] = claimsOf('The strike began in March, and union leader Omar Diaz says it will go on.');
    expect(c?.date).toBe('2025-06-10');
  });

  it('dates an act on a noun phrase by the time in it', () => {
    const [c] = claimsOf('Mayor Lena Brook rejected the plan in March.');
    expect(c?.date).toBe('2025-03');
  });

  it('gives a participle the date of its main clause', () => {
    const cs = claimsOf('On Friday, the Finance Ministry rejected the plan, saying it was too costly.');
    expect(cs.map((c) => c.date)).toEqual(['2025-06-06', '2025-06-06']);
  });

  // a cue that looks ahead takes a thing to come as object: the time inside it is that thing's
  it.each([
    ['Valtor Steel forecast a further drop in output in the coming year.', 'forecast'],
    ['Governor Ana Kessel promised a referendum in September.', 'promised'],
    ['The central bank predicted a recovery in 2027.', 'predicted'],
    ['Minister Paul Brandt warned of fuel shortages next winter.', 'warned'],
  ])('never dates a look-ahead cue by the time in its object: %s', (sentence, cue) => {
    const c = claimsOf(sentence).find((x) => x.cue === cue);
    expect(c?.date).toBe('2025-06-10');
  });

  it.each([
    ['Velmar Air reported a first-quarter loss of two million dollars.'],
    ["Mayor Lena Brook condemned Tuesday's attack."],
    ['Mayor Lena Brook rejected the March plan.'],
  ])('never dates an act by a time that modifies a noun of its object: %s', (sentence) => {
    expect(claimsOf(sentence)[0]?.date).toBe('2025-06-10');
  });
});
