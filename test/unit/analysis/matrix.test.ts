import { describe, expect, it } from 'vitest';
import { dot, matrix, matrixFromRows, matrixRow, mulberry32 } from '../../../src/analysis';

describe('matrix helpers', () => {
  it('builds row-major matrices with null as NaN and checks shapes', () => {
    const m = matrixFromRows([
      [1, 2, 3],
      [4, null, 6],
    ]);
    expect(m.rows).toBe(2);
    expect(m.cols).toBe(3);
    expect(m.data[1 * 3 + 2]).toBe(6);
    expect(matrixRow(m, 1)[1]).toBeNaN();
    expect(() => matrix(2, 2, new Float64Array(3))).toThrow(RangeError);
    expect(() => matrixFromRows([[1, 2], [3]])).toThrow(RangeError);
  });

  it('dot handles lengths that are not multiples of four and offsets', () => {
    // (1,2,3,4,5)·(1,1,1,1,2) = 1 + 2 + 3 + 4 + 10 = 20
    expect(dot(new Float64Array([1, 2, 3, 4, 5]), 0, new Float64Array([1, 1, 1, 1, 2]), 0, 5)).toBe(20);
    // offsets: (3,4)·(2,2) = 14
    expect(dot(new Float64Array([1, 2, 3, 4]), 2, new Float64Array([9, 2, 2]), 1, 2)).toBe(14);
    expect(dot(new Float64Array(0), 0, new Float64Array(0), 0, 0)).toBe(0);
  });
});

describe('mulberry32', () => {
  it('repeats for a seed, differs between seeds and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    const r = mulberry32(1);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
