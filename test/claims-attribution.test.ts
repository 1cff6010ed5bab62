import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/* Invented sentences, one per attribution form; each row names the claim it must yield (or none). */

function claimsOf(text: string) {
  const parsed = parseArticle(text, { publishedAt: '2025-06-10' });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return parsed.claims.map((c) => ({ claimant: name(c.claimantId), cue: c.cue, content: c.content, kind: c.kind }));
}

interface Row {
  form: string;
  text: string;
  want: { claimant: string | null; cue: string; content: string; kind?: string };
}

function expectRows(rows: readonly Row[]) {
  for (const row of rows) {
    it(`${row.form}: ${row.text}`, () => {
      const found = claimsOf(row.text).find((c) => c.cue === row.want.cue && c.content === row.want.content);
      expect(found, JSON.stringify(claimsOf(row.text))).toMatchObject(row.want);
    });
  }
}

describe('a cue before a quote that opens with a name (the tagger reads "said Paris" as an adjective)', () => {
  expectRows([
    { form: 'name, comma', text: 'Tomas Riva said, "France is ready for the summit."', want: { claimant: 'Tomas Riva', cue: 'said', content: 'France is ready for the summit' } },
    { form: 'pronoun, colon', text: 'Ana Ruiz spoke first. She added: "Paris is my home."', want: { claimant: 'Ana Ruiz', cue: 'added', content: 'Paris is my home' } },
    { form: 'no comma', text: 'Ana Ruiz spoke first. She noted "Madrid is out of money."', want: { claimant: 'Ana Ruiz', cue: 'noted', content: 'Madrid is out of money' } },
  ]);

  it('keeps "the said property" out', () => {
    expect(claimsOf('The said Paris apartment was sold in May.')).toEqual([]);
  });
});

describe('a description as subject keeps the person the text is about for the next pronoun', () => {
  it('gives "she said" to the person described, not to one named after "by"', () => {
    const cs = claimsOf('Freed captive Ana Ruiz reached Lyon on Sunday. The Chilean-born engineer was welcomed at the station by the mayor and his wife, Claire Dumont. "I waited nine years for this," she said.');
    expect(cs.find((c) => c.content === 'I waited nine years for this')?.claimant).toBe('Ana Ruiz');
  });

  it('still gives "he said" to a person named as the subject', () => {
    const cs = claimsOf('Ana Ruiz reached Lyon on Sunday. Mayor Pierre Dumont greeted the crowd. "We waited nine years for this," he said.');
    expect(cs.find((c) => c.content === 'We waited nine years for this')?.claimant).toBe('Pierre Dumont');
  });
});
