import { describe, expect, it } from 'vitest';
import { agreeWeight, groupInformedConsensus, tallyAgreeByGroup, type GroupValue } from '../../../src/analysis';

// G1: supports, supports, qualified, opposes · G2: supports + one silent · G3: silent only
const pairs: GroupValue[] = [
  { group: 'G1', value: 1 },
  { group: 'G1', value: 1 },
  { group: 'G1', value: 0.5 },
  { group: 'G1', value: 0 },
  { group: 'G2', value: 1 },
  { group: 'G2', value: null },
  { group: 'G3', value: null },
];

describe('agreeWeight', () => {
  it('gives full, half and no credit', () => {
    expect(agreeWeight(1)).toBe(1);
    expect(agreeWeight(0.5)).toBe(0.5);
    expect(agreeWeight(0)).toBe(0);
    expect(agreeWeight(0.5, { halfCredit: false })).toBe(0);
    expect(agreeWeight(0.5, { threshold: 0.5 })).toBe(1);
  });
});

describe('group-informed consensus', () => {
  it('multiplies (agree + 1) / (answered + 2) over groups', () => {
    const tallies = tallyAgreeByGroup(pairs);
    // G1: agree = 1 + 1 + 0.5 + 0 = 2.5 of 4; G2: 1 of 1; G3: 0 of 0
    expect([...tallies]).toEqual([
      ['G1', { agree: 2.5, answered: 4 }],
      ['G2', { agree: 1, answered: 1 }],
      ['G3', { agree: 0, answered: 0 }],
    ]);
    // (3.5/6) · (2/3) · (1/2) = 7/12 · 2/3 · 1/2 = 14/72 = 7/36 = 0.194444
    expect(groupInformedConsensus(tallies.values())).toBeCloseTo(7 / 36, 12);
  });

  it('without half credit a qualified answer is no agree', () => {
    // G1 agree = 2: (3/6) · (2/3) · (1/2) = 1/6
    expect(groupInformedConsensus(tallyAgreeByGroup(pairs, { halfCredit: false }).values())).toBeCloseTo(1 / 6, 12);
  });

  it('with threshold 0.5 a qualified answer is a full agree', () => {
    // G1 agree = 3: (4/6) · (2/3) · (1/2) = 2/9
    expect(groupInformedConsensus(tallyAgreeByGroup(pairs, { threshold: 0.5 }).values())).toBeCloseTo(2 / 9, 12);
  });

  it('is high only when every group agrees', () => {
    // both groups 10/10: (11/12)² = 0.840278; one 10/10 and one 0/10: 11/12 · 1/12 = 0.076389
    expect(
      groupInformedConsensus([
        { agree: 10, answered: 10 },
        { agree: 10, answered: 10 },
      ]),
    ).toBeCloseTo(0.840278, 6);
    expect(
      groupInformedConsensus([
        { agree: 10, answered: 10 },
        { agree: 0, answered: 10 },
      ]),
    ).toBeCloseTo(0.076389, 6);
  });

  it('handles a single group, no groups and bad tallies', () => {
    // one group, 3 of 4: 4/6
    expect(groupInformedConsensus([{ agree: 3, answered: 4 }])).toBeCloseTo(2 / 3, 12);
    expect(groupInformedConsensus([])).toBeNull();
    expect(() => groupInformedConsensus([{ agree: 5, answered: 4 }])).toThrow(RangeError);
  });
});
