import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/claims.js';

const read = (body: string) => claimsOf(body).map((c) => [c.claimant, c.cue, c.kind, c.content]);

describe('attributions beyond speech verbs', () => {
  it('reads an indirect question as a claim of its asker', () => {
    expect(read('Dana Pike, who chairs the harbour board, asked whether the levy would be repaid.')).toEqual([
      ['Dana Pike', 'asked', 'statement', 'whether the levy would be repaid'],
    ]);
  });

  it('does not give a question to the one who was asked', () => {
    expect(read('Dana Pike was asked whether the levy would be repaid.')).toEqual([]);
  });

  it('reads an adjective of belief after a copula', () => {
    expect(read('Governor Lisa Marsh is convinced that the bridge will hold.')).toEqual([
      ['Lisa Marsh', 'is convinced', 'assessment', 'the bridge will hold'],
    ]);
    expect(read('Governor Lisa Marsh remains confident that voters will return.').map((c) => c[1])).toEqual(['remains confident']);
  });

  it('needs "that" after the adjective', () => {
    expect(read('Governor Lisa Marsh is confident about the bridge.')).toEqual([]);
  });

  it('reads a claim noun with its possessor', () => {
    expect(read('Governor Lisa Marsh repeated her warning that the bridge could fail.')).toEqual([
      ['Lisa Marsh', 'warning', 'warning', 'the bridge could fail'],
    ]);
    expect(read("Lisa Marsh's claim that the bridge was safe angered engineers.").map((c) => [c[0], c[1]])).toEqual([['Lisa Marsh', 'claim']]);
  });

  it('reads no claim noun without a possessor', () => {
    expect(read('A warning that the bridge could fail was posted at the gate.')).toEqual([]);
  });
});

describe('thanks', () => {
  it('reads what the thanks are for as the claim', () => {
    expect(read('Mayor Lena Brook thanked the volunteers for their help.')).toEqual([['Lena Brook', 'thanked', 'statement', 'their help']]);
  });

  it('reads no thanks inside a quote as a cue', () => {
    expect(read('"Thank you," Mayor Lena Brook said.').map((c) => c[1])).toEqual(['said']);
  });
});
