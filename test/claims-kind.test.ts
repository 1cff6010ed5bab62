import { describe, expect, it } from 'vitest';
import { kindRule, NEUTRAL_RULES, refineKind } from '../src/extract/claim/kind.js';
import { FEELING_WORDS, HARM_WORDS, JUDGING_NOUNS, NOT_YET_WORDS, OBLIGATION_WORDS } from '../src/nlp/lexicon/claim-kinds.js';

// Invented clauses; tokens are not needed by these rules except the copula reading (tested with [] = no tokens).
describe('kind of a claim with a neutral cue', () => {
  it('reads a harm that is only likely or growing as a warning', () => {
    expect(refineKind('statement', 'the risk of a bank collapse is growing', [])).toBe('warning');
    expect(refineKind('statement', 'mass arrests are likely after the vote', [])).toBe('warning');
    expect(refineKind('statement', 'the bank collapsed last year', [])).toBe('statement');
  });

  it('reads persecution or executions ahead as a warning', () => {
    expect(refineKind('statement', 'returning dissidents would face persecution', [])).toBe('warning');
    expect(refineKind('statement', 'the regime could execute the prisoners', [])).toBe('warning');
  });

  it('reads what the speaker cannot allow as a call', () => {
    expect(refineKind('statement', 'we cannot allow the harbour to close', [])).toBe('call');
    expect(refineKind('statement', 'we cannot confirm the figures', [])).toBe('statement');
  });

  it('reads a need as a call only when something needs doing or having, not in a relative clause', () => {
    expect(refineKind('statement', 'the port needs to reopen before winter', [])).toBe('call');
    expect(refineKind('statement', 'the region needs a new bridge', [])).toBe('call');
    expect(refineKind('statement', 'the deal gives us the reach we need in Asia', [])).toBe('statement');
    expect(refineKind('statement', 'the farmers received the seed they need.', [])).toBe('statement');
    expect(refineKind('statement', 'thousands are in need of shelter', [])).toBe('statement');
  });

  it('reads feelings and judging nouns as an assessment', () => {
    expect(refineKind('statement', 'the union was deeply disappointed by the offer', [])).toBe('assessment');
    expect(refineKind('statement', 'the ruling is a travesty', [])).toBe('assessment');
    expect(refineKind('statement', 'there is a lack of water in the camps', [])).toBe('assessment');
    expect(refineKind('statement', 'the ferry left at noon', [])).toBe('statement');
  });

  it('keeps the kind of a cue that has its own', () => {
    expect(refineKind('denial', 'we are shocked', [])).toBe('denial');
    expect(kindRule('warning', 'they will attack', [])).toBeUndefined();
  });

  it('reads an announced commitment as a pledge but not a finding about one', () => {
    expect(refineKind('report', 'it plans to open two plants', [], 'announce')).toBe('pledge');
    expect(refineKind('report', 'the firm plans to open two plants', [], 'find')).toBe('report');
  });

  it('names the rule it used', () => {
    expect(kindRule('statement', 'they will attack if provoked', [])?.id).toBe('kind/harm-ahead');
    expect(NEUTRAL_RULES.map((r) => r.id)).toEqual(['kind/imperative', 'kind/called-false', 'kind/refused-acceptance', 'kind/negative-commitment', 'kind/harm-ahead', 'kind/counterfactual', 'kind/recognize-that', 'kind/commitment', 'kind/obligation', 'kind/mandative-be', 'kind/negated-fact', 'kind/risk-named', 'kind/harm-noun-ahead', 'kind/degree-result', 'kind/witnessed', 'kind/harm-done', 'kind/told-state-of-others', 'kind/judgement']);
  });

  it('keeps its word lists as data with ids', () => {
    for (const list of [HARM_WORDS, NOT_YET_WORDS, OBLIGATION_WORDS, JUDGING_NOUNS, FEELING_WORDS]) {
      expect(list.id).toMatch(/^kind-words\//);
      expect(list.words.length).toBeGreaterThan(3);
    }
  });
});
