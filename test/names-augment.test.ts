import { describe, expect, it } from 'vitest';
import { readIob2, spansFromTags } from '../scripts/ner/iob2.js';
import { augmentDocument, trainingNames, type NamePools } from '../scripts/ner/augment.js';

const FILE = [
  '# newdoc id = doc-a',
  '# text = Mara Quist met Velt Corp in Oslo.',
  '1\tMara\tB-PER\t-\t-', '2\tQuist\tI-PER\t-\t-', '3\tmet\tO\t-\t-', '4\tVelt\tB-ORG\t-\t-', '5\tCorp\tI-ORG\t-\t-',
  '6\tin\tO\t-\t-', '7\tOslo\tB-LOC\t-\t-', '8\t.\tO\t-\t-',
  '',
  '# text = Later, Quist left Oslo for Peru.',
  '1\tLater\tO\t-\t-', '2\t,\tO\t-\t-', '3\tQuist\tB-PER\t-\t-', '4\tleft\tO\t-\t-', '5\tOslo\tB-LOC\t-\t-',
  '6\tfor\tO\t-\t-', '7\tPeru\tB-LOC\t-\t-', '8\t.\tO\t-\t-',
  '',
].join('\n');

const documents = readIob2(FILE).documents;
const pools: NamePools = {
  firstNames: ['Amara'], surnames: ['Okafor'], places: ['San Pedro Sula'], countries: ['Chile'],
  organisationHeads: ['Holdings'], ...trainingNames(documents), isCountryOrCapital: (name) => name === 'Peru',
};

/** A generator that always gives the same number: every choice takes the same branch. */
const constant = (x: number) => () => x;

describe('mention replacement for training the tagger', () => {
  const doc = augmentDocument(documents[0]!, pools, constant(0.9));
  const names = doc.sentences.map((s) => spansFromTags(s.tokens.map((t) => t.tag)).map((span) => `${span.type} ${s.text.slice(s.tokens[span.first]!.start, s.tokens[span.last]!.end)}`));

  it('replaces names by names of the same type and keeps the words around them', () => {
    expect(doc.sentences[0]!.text).toMatch(/^\S+ \S+ met .+ in .+\.$/);
    expect(names[0]!.map((n) => n.split(' ')[0])).toEqual(['PER', 'ORG', 'LOC']);
    expect(names[0]).not.toContain('PER Mara Quist');
  });

  it('replaces a name the same way throughout a document, a person word by word', () => {
    const surname = names[0]![0]!.split(' ').pop();
    expect(names[1]![0]).toBe(`PER ${surname}`);
    expect(names[1]![1]).toBe(names[0]![2]);
  });

  it('replaces a country or capital by a country', () => {
    expect(names[1]![2]).toBe('LOC Chile');
  });

  it('gives every token offsets that point at its own characters', () => {
    for (const s of doc.sentences) for (const t of s.tokens) expect(s.text.slice(t.start, t.end)).toBe(t.form);
  });

  it('leaves names alone when the share is zero', () => {
    expect(augmentDocument(documents[0]!, pools, constant(0.5), 0).sentences.map((s) => s.text)).toEqual(documents[0]!.sentences.map((s) => s.text));
  });
});
