import { describe, expect, it } from 'vitest';
import { matrix, matrixFromRows, matrixRow, mulberry32, pca, topEigenpairs, type Matrix } from '../../../src/analysis';

const R2 = Math.SQRT2;
// Power iteration stops at a 1e-9 step, so hand values are compared to 7 decimals.
const closeTo = (actual: ArrayLike<number>, expected: number[], digits = 7): void => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, digits));
};

describe('topEigenpairs', () => {
  it('finds the two leading eigenpairs of a known matrix', () => {
    // [[2,1,0],[1,2,0],[0,0,0.5]] has eigenvalues 3 (1,1,0)/√2, 1 (1,−1,0)/√2, 0.5 (0,0,1)
    const s = new Float64Array([2, 1, 0, 1, 2, 0, 0, 0, 0.5]);
    const e = topEigenpairs(s, 3, 2);
    closeTo(e.values, [3, 1]);
    const dot = (c: number, v: number[]): number => v.reduce((sum, x, i) => sum + x * e.vectors[c * 3 + i], 0);
    expect(Math.abs(dot(0, [1 / R2, 1 / R2, 0]))).toBeCloseTo(1, 7);
    expect(Math.abs(dot(1, [1 / R2, -1 / R2, 0]))).toBeCloseTo(1, 7);
    expect(e.converged).toEqual([true, true]);
  });
});

describe('pca', () => {
  it('finds the y = x axis for points on a line', () => {
    const result = pca(
      matrixFromRows([
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
      ]),
    );
    // centred: (−1.5,−1.5), (−0.5,−0.5), (0.5,0.5), (1.5,1.5); all variance along (1,1)/√2
    // var x = var y = (2.25 + 0.25 + 0.25 + 2.25) / 3 = 5/3, total 10/3
    // λ1 = 10/3, λ2 = 0 → ratios 1, 0
    closeTo(result.eigenvalues, [10 / 3, 0]);
    closeTo(result.explainedVarianceRatio, [1, 0]);
    closeTo(matrixRow(result.loadings, 0), [1 / R2, 1 / R2]);
    // nothing left for a second axis: loadings stay zero
    closeTo(matrixRow(result.loadings, 1), [0, 0]);
    // scores: −1.5·2/√2 = −1.5√2, −0.5√2, 0.5√2, 1.5√2; second coordinate 0
    closeTo(result.coordinates.data, [-1.5 * R2, 0, -0.5 * R2, 0, 0.5 * R2, 0, 1.5 * R2, 0]);
  });

  it('recovers two axes with their variances (items ≤ states)', () => {
    // X = (2,2), (−2,−2), (1,−1), (−1,1): means 0; XᵀX = [[10,6],[6,10]], C = XᵀX / 3
    // eigen of [[10,6],[6,10]]: 16 on (1,1)/√2, 4 on (1,−1)/√2 → λ = 16/3, 4/3; total 20/3
    // ratios 0.8, 0.2; the second axis has tied |loadings|, so its first entry is made positive
    const result = pca(
      matrixFromRows([
        [2, 2],
        [-2, -2],
        [1, -1],
        [-1, 1],
      ]),
    );
    closeTo(result.eigenvalues, [16 / 3, 4 / 3]);
    closeTo(result.explainedVarianceRatio, [0.8, 0.2]);
    closeTo(matrixRow(result.loadings, 0), [1 / R2, 1 / R2]);
    closeTo(matrixRow(result.loadings, 1), [1 / R2, -1 / R2]);
    // scores: (2,2)·(1,1)/√2 = 2√2; (1,−1)·(1,−1)/√2 = √2
    closeTo(result.coordinates.data, [2 * R2, 0, -2 * R2, 0, 0, R2, 0, -R2]);
  });

  it('normalises signs: X and −X give the same axes and mirrored scores', () => {
    const rows = [
      [2, 2],
      [-2, -2],
      [1, -1],
      [-1, 1],
      [0.5, 0],
    ];
    const plus = pca(matrixFromRows(rows));
    const minus = pca(matrixFromRows(rows.map((r) => r.map((x) => -x))));
    closeTo(minus.loadings.data, Array.from(plus.loadings.data));
    closeTo(
      minus.coordinates.data,
      Array.from(plus.coordinates.data, (x) => -x),
    );
  });

  it('works through the Gram matrix when states < items', () => {
    // rows (1,1,0,0), (0,0,1,1), (0,0,0,0); item means 1/3
    // centred r1 = (2,2,−1,−1)/3, r2 = (−1,−1,2,2)/3, r3 = (−1,−1,−1,−1)/3
    // XXᵀ = [[10,−8,−2],[−8,10,−2],[−2,−2,4]] / 9: eigen 2 on (1,−1,0), 2/3 on (1,1,−2), 0 on (1,1,1)
    // covariance eigenvalues /(n−1 = 2): 1 and 1/3; total = trace/2 = (24/9)/2 = 4/3
    // ratios 1/(4/3) = 0.75, (1/3)/(4/3) = 0.25
    // axis 1 ∝ Xᵀ(1,−1,0) = r1 − r2 = (1,1,−1,−1) → (½,½,−½,−½)
    // axis 2 ∝ Xᵀ(1,1,−2) = r1 + r2 − 2r3 = (1,1,1,1) → (½,½,½,½)
    // scores: r1·axis1 = ½(2/3 + 2/3 + 1/3 + 1/3) = 1, r2 → −1, r3 → 0
    //         r1·axis2 = ½(2/3 + 2/3 − 1/3 − 1/3) = 1/3, r2 → 1/3, r3 → ½(−4/3) = −2/3
    const result = pca(
      matrixFromRows([
        [1, 1, 0, 0],
        [0, 0, 1, 1],
        [0, 0, 0, 0],
      ]),
    );
    closeTo(result.eigenvalues, [1, 1 / 3]);
    closeTo(result.explainedVarianceRatio, [0.75, 0.25]);
    closeTo(matrixRow(result.loadings, 0), [0.5, 0.5, -0.5, -0.5]);
    closeTo(matrixRow(result.loadings, 1), [0.5, 0.5, 0.5, 0.5]);
    closeTo(result.coordinates.data, [1, 1 / 3, -1, 1 / 3, 0, -2 / 3]);
  });

  it('imputes item means and scales sparse states by √(m / answered)', () => {
    // rows (2,2), (−2,−2), (1,–), (−1,–): both item means 0, so the gaps become 0
    // XᵀX = [[4+4+1+1, 4+4], [8, 4+4]] = [[10,8],[8,8]]; eigenvalues 9 ± √65 = 17.062258, 0.937742
    // C = XᵀX/3 → λ = 5.687419, 0.312581; total 18/3 = 6; ratio1 = 17.062258/18 = 0.947903
    // axis 1 ∝ (8, 17.062258 − 10) = (8, 7.062258); norm √(64 + 49.875484) = 10.671246
    //   → (0.749678, 0.661803)
    // row 1 score: 2·(0.749678 + 0.661803) = 2.822962 (answered 2 of 2: factor 1)
    // row 3 score: 1·0.749678, answered 1 of 2 → × √2 = 1.060205
    const values = matrixFromRows([
      [2, 2],
      [-2, -2],
      [1, null],
      [-1, null],
    ]);
    const result = pca(values);
    closeTo(result.itemMeans, [0, 0]);
    expect(Array.from(result.answered)).toEqual([2, 2, 1, 1]);
    closeTo(result.eigenvalues, [5.687419, 0.312581], 5);
    expect(result.explainedVarianceRatio[0]).toBeCloseTo(0.947903, 5);
    closeTo(matrixRow(result.loadings, 0), [0.749678, 0.661803], 5);
    expect(result.coordinates.data[0]).toBeCloseTo(2.822962, 5);
    expect(result.coordinates.data[4]).toBeCloseTo(1.060205, 5);
    const unscaled = pca(values, { sparseScaling: false });
    expect(unscaled.coordinates.data[4]).toBeCloseTo(0.749678, 5);
  });

  it('cannot place a state with no answers and ignores an item nobody answered', () => {
    const result = pca(
      matrixFromRows([
        [1, null],
        [0, null],
        [null, null],
      ]),
    );
    expect(result.coordinates.data[4]).toBeNaN();
    expect(result.coordinates.data[5]).toBeNaN();
    expect(result.itemMeans[1]).toBeNaN();
    // only item 0 varies: axis (1, 0), ratio 1
    closeTo(matrixRow(result.loadings, 0), [1, 0]);
    expect(result.explainedVarianceRatio[0]).toBeCloseTo(1, 12);
  });

  it('returns zeros, not noise, for zero variance and tiny inputs', () => {
    const flat = pca(
      matrixFromRows([
        [0.5, 1],
        [0.5, 1],
        [0.5, 1],
      ]),
    );
    expect(flat.explainedVarianceRatio).toEqual([0, 0]);
    expect(Array.from(flat.loadings.data)).toEqual([0, 0, 0, 0]);
    expect(Array.from(flat.coordinates.data)).toEqual([0, 0, 0, 0, 0, 0]);
    const single = pca(matrixFromRows([[1, 0, 1]]));
    expect(Array.from(single.coordinates.data)).toEqual([0, 0]);
    expect(pca(matrix(0, 0)).coordinates.rows).toBe(0);
  });

  it('satisfies C·v = λ·v and is deterministic on random data in both modes', () => {
    const random = mulberry32(3);
    for (const [n, m] of [
      [12, 8],
      [8, 12],
    ]) {
      const data = Float64Array.from({ length: n * m }, () => random());
      const values: Matrix = matrix(n, m, data);
      const result = pca(values, { maxIterations: 5000, tolerance: 1e-13 });
      // Independent check: form the covariance naively and test the eigen equation.
      const means = Array.from(
        { length: m },
        (_, j) => Array.from({ length: n }, (_, i) => data[i * m + j]).reduce((a, b) => a + b) / n,
      );
      for (let c = 0; c < 2; c++) {
        const v = matrixRow(result.loadings, c);
        for (let a = 0; a < m; a++) {
          let cv = 0;
          for (let b = 0; b < m; b++) {
            let cov = 0;
            for (let i = 0; i < n; i++) cov += (data[i * m + a] - means[a]) * (data[i * m + b] - means[b]);
            cv += (cov / (n - 1)) * v[b];
          }
          expect(cv).toBeCloseTo(result.eigenvalues[c] * v[a], 6);
        }
      }
      expect(result.eigenvalues[0]).toBeGreaterThanOrEqual(result.eigenvalues[1]);
      expect(Array.from(pca(values, { maxIterations: 5000, tolerance: 1e-13 }).coordinates.data)).toEqual(
        Array.from(result.coordinates.data),
      );
    }
  });
});
