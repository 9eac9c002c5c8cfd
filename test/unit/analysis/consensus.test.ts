import { describe, expect, it } from 'vitest';
import { consensusOfAnswers, ordinalConsensus, STANCE_SCALE } from '../../../src/analysis';

describe('ordinalConsensus (Tastle–Wierman)', () => {
  it('is 0 for a 50/50 split between the extremes of a 5-level scale', () => {
    // positions 0..4, d = 4, μ = 0.5·0 + 0.5·4 = 2
    // each extreme: |x − μ| / d = 2/4 = 0.5 → log2(0.5) = −1
    // Cns = 1 + 0.5·(−1) + 0.5·(−1) = 0
    expect(ordinalConsensus([0.5, 0, 0, 0, 0.5])).toBe(0);
  });

  it('is 1 when everyone gives the same answer, whatever the level', () => {
    // μ = x_i for the only level, so log2(1 − 0) = 0 and Cns = 1 + 0 = 1
    expect(ordinalConsensus([0, 0, 7, 0, 0])).toBe(1);
    expect(ordinalConsensus([3, 0, 0])).toBe(1);
    expect(ordinalConsensus([0, 0, 3])).toBe(1);
  });

  it('gives 0.5 for counts (1, 2, 1) on a 3-level scale', () => {
    // p = (0.25, 0.5, 0.25), positions 0, 1, 2, d = 2, μ = 0 + 0.5 + 0.5 = 1
    // level 0: 0.25·log2(1 − 1/2) = 0.25·(−1) = −0.25
    // level 1: 0.5·log2(1 − 0) = 0
    // level 2: 0.25·log2(1 − 1/2) = −0.25
    // Cns = 1 − 0.5 = 0.5
    expect(ordinalConsensus([1, 2, 1])).toBeCloseTo(0.5, 12);
  });

  it('gives 0.685998 for counts (0, 3, 1) on a 3-level scale', () => {
    // p = (0, 0.75, 0.25), μ = 0.75·1 + 0.25·2 = 1.25, d = 2
    // level 1: |1 − 1.25|/2 = 0.125; log2(0.875) = ln 0.875 / ln 2 = −0.133531/0.693147 = −0.192645
    //          0.75 · −0.192645 = −0.144484
    // level 2: |2 − 1.25|/2 = 0.375; log2(0.625) = −0.470004/0.693147 = −0.678072
    //          0.25 · −0.678072 = −0.169518
    // Cns = 1 − 0.144484 − 0.169518 = 0.685998
    expect(ordinalConsensus([0, 3, 1])).toBeCloseTo(0.685998, 5);
  });

  it('gives 0.433985 for a uniform 5-level distribution', () => {
    // p_i = 0.2, μ = 2, d = 4; |x − μ|/d = 0.5, 0.25, 0, 0.25, 0.5
    // log2: −1, log2(0.75) = −0.415037, 0, −0.415037, −1 → sum −2.830075
    // Cns = 1 + 0.2·(−2.830075) = 1 − 0.566015 = 0.433985
    expect(ordinalConsensus([1, 1, 1, 1, 1])).toBeCloseTo(0.433985, 5);
  });

  it('accepts counts or proportions alike and is invariant to position scale', () => {
    expect(ordinalConsensus([2, 4, 2])).toBeCloseTo(0.5, 12);
    expect(ordinalConsensus([0.25, 0.5, 0.25])).toBeCloseTo(0.5, 12);
    // positions 0, 0.5, 1 (the support scores): same ratios |x − μ| / d, same result
    expect(ordinalConsensus([1, 2, 1], [0, 0.5, 1])).toBeCloseTo(0.5, 12);
  });

  it('is null without answers and rejects malformed input', () => {
    expect(ordinalConsensus([0, 0, 0])).toBeNull();
    expect(() => ordinalConsensus([1])).toThrow(RangeError);
    expect(() => ordinalConsensus([1, -1])).toThrow(RangeError);
    expect(() => ordinalConsensus([1, 1], [1, 1])).toThrow(RangeError);
    expect(() => ordinalConsensus([1, 1, 1], [0, 1])).toThrow(RangeError);
  });

  it('works from raw stances', () => {
    // opposes, qualified ×2, supports, plus one silent state → counts (1, 2, 1) → 0.5
    expect(consensusOfAnswers(['qualified', 'opposes', null, 'supports', 'qualified'], STANCE_SCALE)).toBeCloseTo(
      0.5,
      12,
    );
    expect(consensusOfAnswers([null], STANCE_SCALE)).toBeNull();
  });
});
