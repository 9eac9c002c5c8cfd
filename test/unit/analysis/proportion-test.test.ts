import { describe, expect, it } from 'vitest';
import { twoProportionZTest } from '../../../src/analysis';

describe('twoProportionZTest', () => {
  it('gives z = 2 for 30/50 vs 20/50', () => {
    // p1 = 0.6, p2 = 0.4, pooled = 50/100 = 0.5
    // se = √(0.5 · 0.5 · (1/50 + 1/50)) = √(0.25 · 0.04) = √0.01 = 0.1
    // z = (0.6 − 0.4) / 0.1 = 2; p = P(|Z| ≥ 2) = 0.0455003
    const t = twoProportionZTest(30, 50, 20, 50);
    expect(t?.z).toBeCloseTo(2, 12);
    expect(t?.difference).toBeCloseTo(0.2, 12);
    expect(t?.p).toBeCloseTo(0.0455003, 6);
    // swapping the samples flips the sign only
    expect(twoProportionZTest(20, 50, 30, 50)?.z).toBeCloseTo(-2, 12);
  });

  it('gives z = 2√2 for 45/60 vs 30/60', () => {
    // p1 = 0.75, p2 = 0.5, pooled = 75/120 = 0.625
    // se² = 0.625 · 0.375 · (2/60) = 0.234375 / 30 = 0.0078125 → se = 0.0883883
    // z = 0.25 / 0.0883883 = 2.828427 = 2√2; p = 1 − erf(2) = 0.0046777
    const t = twoProportionZTest(45, 60, 30, 60);
    expect(t?.z).toBeCloseTo(2 * Math.SQRT2, 9);
    expect(t?.p).toBeCloseTo(0.0046777, 6);
  });

  it('is null for an empty sample or no variance', () => {
    expect(twoProportionZTest(0, 0, 3, 5)).toBeNull();
    expect(twoProportionZTest(5, 5, 7, 7)).toBeNull(); // pooled 1
    expect(twoProportionZTest(0, 5, 0, 7)).toBeNull(); // pooled 0
    expect(() => twoProportionZTest(6, 5, 1, 2)).toThrow(RangeError);
  });
});
