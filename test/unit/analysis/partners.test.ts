import { describe, expect, it } from 'vitest';
import { rankPartners } from '../../../src/analysis/partners';

describe('rankPartners', () => {
  // 4 states; focus 0. Values to 1, 2, 3: 0.9 (10 joint), 0.9 (12 joint), 0.2 (1 joint).
  const n = 4;
  const values = new Float64Array([1, 0.9, 0.9, 0.2, 0.9, 1, 0, 0, 0.9, 0, 1, 0, 0.2, 0, 0, 1]);
  const joint = new Uint16Array([12, 10, 12, 1, 10, 10, 0, 0, 12, 0, 12, 0, 1, 0, 0, 1]);

  it('ranks by value, breaking ties by more joint votes', () => {
    const r = rankPartners(values, joint, n, 0);
    expect(r.closest.map((p) => p.index)).toEqual([2, 1, 3]);
    expect(r.farthest.map((p) => p.index)).toEqual([3, 2, 1]);
    expect(r.ranked).toBe(3);
  });

  it('drops pairs below the joint-vote threshold, NaN values and the state itself', () => {
    const r = rankPartners(values, joint, n, 0, { minJoint: 2, limit: 1 });
    expect(r.closest).toEqual([{ index: 2, value: 0.9, joint: 12 }]);
    expect(r.farthest).toEqual([{ index: 2, value: 0.9, joint: 12 }]); // 3 is below the threshold; tie → more joint votes
    const nan = new Float64Array(values);
    nan[1] = Number.NaN;
    expect(rankPartners(nan, joint, n, 0).closest.map((p) => p.index)).toEqual([2, 3]);
    expect(() => rankPartners(values, joint, n, 4)).toThrow(RangeError);
  });
});
