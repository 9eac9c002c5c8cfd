import { describe, expect, it } from 'vitest';
import { dodge, dodgeExtent } from '../../../src/charts/dodge';

describe('dodge', () => {
  it('keeps far-apart dots on the centre line', () => {
    expect(dodge([0, 50, 100], 4).map((p) => p.dy)).toEqual([0, 0, 0]);
  });

  it('stacks equal values alternately above and below, 2r + gap apart', () => {
    // r = 4, gap = 0.5 → step 8.5: first at 0, then +8.5, −8.5, +17
    const dots = dodge([10, 10, 10, 10], 4);
    expect(dots.map((p) => p.dy)).toEqual([0, 8.5, -8.5, 17]);
    expect(dodgeExtent(dots, 4)).toBe(21);
  });

  it('returns dots in input order whatever the x order, and never overlaps', () => {
    const xs = [30, 10, 12, 31, 11];
    const dots = dodge(xs, 3, 0);
    expect(dots.map((p) => p.index)).toEqual([0, 1, 2, 3, 4]);
    expect(dots.map((p) => p.x)).toEqual(xs);
    for (const a of dots)
      for (const b of dots) if (a !== b) expect(Math.hypot(a.x - b.x, a.dy - b.dy)).toBeGreaterThanOrEqual(6 - 1e-9);
  });
});
