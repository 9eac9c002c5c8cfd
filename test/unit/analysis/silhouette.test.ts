import { describe, expect, it } from 'vitest';
import { matrixFromRows, silhouette } from '../../../src/analysis';

describe('silhouette', () => {
  it('matches a 1-D hand computation', () => {
    // points 0, 1 | 5, 6
    // 0: a = 1, b = (5 + 6)/2 = 5.5 → (5.5 − 1)/5.5 = 9/11
    // 1: a = 1, b = (4 + 5)/2 = 4.5 → 3.5/4.5 = 7/9; 5 and 6 mirror 1 and 0
    // mean = (9/11 + 7/9)/2 = (81 + 77)/198 = 79/99 = 0.797980
    const s = silhouette(matrixFromRows([[0], [1], [5], [6]]), [0, 0, 1, 1]);
    expect(s?.mean).toBeCloseTo(79 / 99, 12);
    expect(s?.perPoint[0]).toBeCloseTo(9 / 11, 12);
    expect(s?.perPoint[1]).toBeCloseTo(7 / 9, 12);
  });

  it('gives 0 to a point alone in its cluster', () => {
    // points 0, 1 | 10: 0 → a 1, b 10 → 0.9; 1 → a 1, b 9 → 8/9; 10 alone → 0
    // mean = (9/10 + 8/9 + 0)/3 = (81 + 80)/270 = 161/270 = 0.596296
    const s = silhouette(matrixFromRows([[0], [1], [10]]), [0, 0, 1]);
    expect(s?.mean).toBeCloseTo(161 / 270, 12);
    expect(s?.perPoint[2]).toBe(0);
  });

  it('matches a 2-D hand computation on two unit squares', () => {
    // squares at (0,0) and (10,10); own-cluster a = (1 + 1 + √2)/3 = 1.138071 for every point
    // (0,0): b = (√200 + 2√221 + √242)/4 = (14.142136 + 29.732137 + 15.556349)/4
    //        = 59.430622/4 = 14.857656 → s = (14.857656 − 1.138071)/14.857656 = 0.923402
    // (0,1) and (1,0): b = (√181 + √200 + √202 + √221)/4
    //   = (13.453624 + 14.142136 + 14.212670 + 14.866069)/4 = 56.674499/4 = 14.168625
    //   s = 13.030554/14.168625 = 0.919677
    // (1,1): b = (√162 + 2√181 + √200)/4 = (12.727922 + 26.907248 + 14.142136)/4 = 13.444327
    //   s = 12.306256/13.444327 = 0.915350
    // mean (the other square mirrors this one) = (0.923402 + 2·0.919677 + 0.915350)/4
    //   = 3.678106/4 = 0.919527
    const points = matrixFromRows([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [10, 10],
      [10, 11],
      [11, 10],
      [11, 11],
    ]);
    const s = silhouette(points, [0, 0, 0, 0, 1, 1, 1, 1]);
    expect(s?.perPoint[0]).toBeCloseTo(0.923402, 5);
    expect(s?.perPoint[1]).toBeCloseTo(0.919677, 5);
    expect(s?.perPoint[3]).toBeCloseTo(0.91535, 5);
    expect(s?.mean).toBeCloseTo(0.919527, 5);
  });

  it('is null for one cluster and rejects bad labels', () => {
    expect(silhouette(matrixFromRows([[0], [1]]), [0, 0])).toBeNull();
    // label 1 unused: still only one non-empty cluster
    expect(silhouette(matrixFromRows([[0], [1]]), [2, 2])).toBeNull();
    expect(() => silhouette(matrixFromRows([[0], [1]]), [0])).toThrow(RangeError);
    expect(() => silhouette(matrixFromRows([[0], [1]]), [0, -1])).toThrow(RangeError);
  });
});
