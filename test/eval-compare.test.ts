import { describe, expect, it } from 'vitest';
import { compareFigures, figures, type Figure } from '../scripts/eval/compare.js';

const run = (entries: [string, number, number][]): Map<string, Figure> => new Map(entries.map(([k, value, count]) => [k, { value, count }]));

describe('eval:compare', () => {
  it('flags a check-half F1 that drops by more than 0.01, not a tune-half one', () => {
    const before = run([['wikinews [check half] claims F1', 0.84, 90], ['wikinews [tune half] claims F1', 0.8, 100]]);
    const after = run([['wikinews [check half] claims F1', 0.82, 90], ['wikinews [tune half] claims F1', 0.7, 100]]);
    const { drops, moved } = compareFigures(before, after);
    expect(drops).toEqual(['wikinews [check half] claims F1']);
    expect(moved).toHaveLength(2);
  });

  it('lets an agreement rate move within 0.03 and a figure within 0.005 pass silently', () => {
    const before = run([['wikinews [check half] events.type', 0.93, 40], ['meantime [check half] times F1', 0.903, 60]]);
    const after = run([['wikinews [check half] events.type', 0.905, 40], ['meantime [check half] times F1', 0.9, 60]]);
    const { drops, moved } = compareFigures(before, after);
    expect(drops).toEqual([]);
    expect(moved).toEqual(['wikinews [check half] events.type: 0.930 -> 0.905']);
  });

  it('keeps only figures with enough gold items or pairs', () => {
    const json = {
      folders: [{
        folder: '../shared/eval/wikinews [check half]',
        summary: { categories: {
          claims: { tp: 70, fn: 20, f1: 0.84, agreements: { kind: { rate: 0.68, total: 75 }, cue: { rate: 1, total: 3 } } },
          denials: { tp: 1, fn: 0, f1: 1 },
        } },
      }],
    };
    expect([...figures(json).keys()]).toEqual(['wikinews [check half] claims F1', 'wikinews [check half] claims.kind']);
  });
});
