import { describe, expect, it } from 'vitest';
import { erf, normalCdf, twoSidedPValue } from '../../../src/analysis';

// Reference values from standard normal tables; the A&S 7.1.26 approximation promises an
// absolute error ≤ 1.5e−7, so 6 decimal places (tolerance 5e−7) must hold.
describe('normal distribution', () => {
  it('erf matches tables and is odd', () => {
    expect(erf(0)).toBeCloseTo(0, 6);
    expect(erf(0.5)).toBeCloseTo(0.5205, 6); // erf(0.5) = 0.5204999
    expect(erf(1)).toBeCloseTo(0.8427008, 6);
    expect(erf(2)).toBeCloseTo(0.9953223, 6);
    expect(erf(-1)).toBe(-erf(1));
    expect(erf(10)).toBeCloseTo(1, 12);
  });

  it('Φ and two-sided p-values match tables', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 6);
    expect(normalCdf(-1.96)).toBeCloseTo(0.0249979, 6);
    // P(|Z| ≥ 1.96) = 2·(1 − 0.9750021) = 0.0499958
    expect(twoSidedPValue(1.96)).toBeCloseTo(0.0499958, 6);
    expect(twoSidedPValue(-1.96)).toBe(twoSidedPValue(1.96));
    // P(|Z| ≥ 2) = 2·(1 − 0.9772499) = 0.0455003
    expect(twoSidedPValue(2)).toBeCloseTo(0.0455003, 6);
    expect(twoSidedPValue(0)).toBeCloseTo(1, 6);
  });
});
