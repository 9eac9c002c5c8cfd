import { describe, expect, it } from 'vitest';
import { itemMeasures, pairsFromCounts } from '../../../src/analysis/item-measures';
import { STANCE_SCALE } from '../../../src/analysis/ordinal';

// Two groups of states plus one group actor (an organisation speaking as one):
// G1: 2 supports, 1 silent; G2: 1 supports, 1 opposes; group actor: supports.
const groups = [
  { group: 'G1', counts: { supports: 2 }, silent: 1 },
  { group: 'G2', counts: { supports: 1, opposes: 1 }, silent: 0 },
];
const overall = { supports: 4, opposes: 1 };

describe('pairsFromCounts', () => {
  it('expands counts into one scored pair per member, silent as null', () => {
    expect(pairsFromCounts(groups, STANCE_SCALE)).toEqual([
      { group: 'G1', value: 1 },
      { group: 'G1', value: 1 },
      { group: 'G1', value: null },
      { group: 'G2', value: 0 },
      { group: 'G2', value: 1 },
    ]);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => pairsFromCounts([{ group: 'x', counts: { supports: -1 }, silent: 0 }], STANCE_SCALE)).toThrow(
      RangeError,
    );
    expect(() => pairsFromCounts([{ group: 'x', counts: {}, silent: 0.5 }], STANCE_SCALE)).toThrow(RangeError);
  });
});

describe('itemMeasures', () => {
  const m = itemMeasures(overall, groups, STANCE_SCALE);

  it('counts in level order and support share over the overall counts', () => {
    expect(m.counts).toEqual([1, 0, 4]); // opposes, qualified, supports
    expect(m.answered).toBe(5);
    expect(m.supportShare).toBeCloseTo(0.8, 12);
  });

  it('ordinal consensus by hand: p = (0.2, 0, 0.8), μ = 1.6, d = 2', () => {
    // 1 + 0.2·log2(1 − 1.6/2) + 0.8·log2(1 − 0.4/2) = 1 + 0.2·log2 0.2 + 0.8·log2 0.8
    const expected = 1 + 0.2 * Math.log2(0.2) + 0.8 * Math.log2(0.8);
    expect(expected).toBeCloseTo(0.278072, 5);
    expect(m.consensus).toBeCloseTo(expected, 12);
  });

  it('divergence between the groups: means 1 and 0.5, η² = 0.25 / 0.75', () => {
    expect(m.divergence.gap).toEqual({ high: 'G1', low: 'G2', gap: 0.5 });
    expect(m.divergence.groups.map((g) => [g.group, g.n, g.missing])).toEqual([
      ['G1', 2, 1],
      ['G2', 2, 0],
    ]);
    // values 1,1 | 0,1 → grand mean 0.75; SST = 3·0.0625 + 0.5625 = 0.75; SSB = 2·0.0625 + 2·0.0625 = 0.25
    expect(m.divergence.etaSquared).toBeCloseTo(1 / 3, 12);
  });

  it('group-informed consensus: (2+1)/(2+2) · (1+1)/(2+2) = 0.375', () => {
    expect(m.groupConsensus).toBeCloseTo(0.375, 12);
  });

  it('a qualified answer counts half in support share and in group agreement', () => {
    const q = itemMeasures(
      { supports: 1, qualified: 1 },
      [{ group: 'G', counts: { supports: 1, qualified: 1 }, silent: 0 }],
      STANCE_SCALE,
    );
    expect(q.supportShare).toBeCloseTo(0.75, 12);
    expect(q.groupConsensus).toBeCloseTo((1.5 + 1) / (2 + 2), 12);
  });

  it('minN keeps thinly answered groups out of the widest gap', () => {
    expect(itemMeasures(overall, groups, STANCE_SCALE, 3).divergence.gap).toBeNull();
  });

  it('nothing answered: no share, no consensus; no groups: no group consensus', () => {
    const e = itemMeasures({}, [{ group: 'G', counts: {}, silent: 4 }], STANCE_SCALE);
    expect([e.answered, e.supportShare, e.consensus]).toEqual([0, null, null]);
    expect(e.groupConsensus).toBeCloseTo(0.5, 12); // the prior (0 + 1) / (0 + 2)
    expect(itemMeasures({ supports: 1 }, [], STANCE_SCALE).groupConsensus).toBeNull();
  });
});
