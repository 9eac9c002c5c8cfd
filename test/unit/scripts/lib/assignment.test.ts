import { describe, expect, it } from 'vitest';
import { assign } from '../../../../scripts/lib/assignment';

describe('assign (Hungarian method)', () => {
  it('finds the minimum-cost assignment of a square matrix', () => {
    // Hand-checked: rows → columns 1, 0, 2 costs 1 + 2 + 2 = 5; every other permutation costs more.
    const cost = [
      [4, 1, 3],
      [2, 0, 5],
      [3, 2, 2],
    ];
    expect(assign(cost)).toEqual([1, 0, 2]);
  });

  it('leaves extra columns unused in a rectangular matrix', () => {
    const cost = [
      [9, 1, 9, 9],
      [9, 9, 9, 1],
    ];
    expect(assign(cost)).toEqual([1, 3]);
  });

  it('refuses more rows than columns', () => {
    expect(() => assign([[1], [2]])).toThrow(/2 rows/);
  });
});
