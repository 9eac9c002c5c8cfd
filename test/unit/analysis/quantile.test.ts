import { describe, expect, it } from 'vitest';
import { median, quantile, quantileSorted } from '../../../src/analysis';

describe('type-7 quantiles', () => {
  it('interpolates between order statistics', () => {
    // n = 4: h = 3q. q = 0.25 → h = 0.75 → 1 + 0.75·(2 − 1) = 1.75
    //        q = 0.5 → h = 1.5 → 2 + 0.5·1 = 2.5;  q = 0.75 → h = 2.25 → 3 + 0.25·1 = 3.25
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0.75)).toBe(3.25);
  });

  it('hits order statistics exactly when h is whole, and sorts unsorted input', () => {
    // sorted 1, 3, 5, 7, 9: h = 4q → q1 at h = 1 → 3, median h = 2 → 5, q3 h = 3 → 7
    const values = [7, 1, 3, 9, 5];
    expect(quantile(values, 0.25)).toBe(3);
    expect(median(values)).toBe(5);
    expect(quantile(values, 0.75)).toBe(7);
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 1)).toBe(9);
  });

  it('drops missing values and is null when none are left', () => {
    // present: 2, 4 → median h = 0.5 → 3
    expect(median([4, null, Number.NaN, 2])).toBe(3);
    expect(median([null])).toBeNull();
    expect(quantileSorted([], 0.5)).toBeNull();
    expect(quantileSorted([4], 0.9)).toBe(4);
    expect(() => quantileSorted([1], 1.5)).toThrow(RangeError);
  });
});
