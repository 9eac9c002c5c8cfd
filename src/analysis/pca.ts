/**
 * Two-component PCA for the opinion map (DESIGN §5): impute by item mean, centre, find the
 * top two principal axes by power iteration, project, then apply Polis's sparse-state
 * scaling. Deterministic end to end so the same filter always draws the same map.
 */

import { topEigenpairs, type EigenOptions } from './eigen';
import { centreWithItemMeans } from './impute';
import { dot, matrix, type Matrix } from './matrix';

/** Options for {@link pca}. */
export interface PcaOptions extends EigenOptions {
  /** multiply each state's coordinates by √(items / answered_i) (default true) */
  readonly sparseScaling?: boolean;
}

/** The opinion map. */
export interface PcaResult {
  /** states × 2; NaN for a state with no answers (it cannot be placed) */
  readonly coordinates: Matrix;
  /** 2 × items, unit rows; an all-zero row when the data have no variance left for it */
  readonly loadings: Matrix;
  /** variance along each component (sample variance, divisor n − 1) */
  readonly eigenvalues: [number, number];
  /** eigenvalue / total variance; 0 when the total variance is 0 */
  readonly explainedVarianceRatio: [number, number];
  /** answered items per state */
  readonly answered: Uint32Array;
  /** item means used for imputation */
  readonly itemMeans: Float64Array;
  /** whether power iteration met its tolerance for each component */
  readonly converged: [boolean, boolean];
}

const COMPONENTS = 2;

/**
 * Symmetric matrix of the smaller side: XᵀX/(n−1) (items × items) when items ≤ states,
 * otherwise the Gram matrix XXᵀ/(n−1) (states × states). Both have the same non-zero
 * eigenvalues; for 193 states × 500 items the Gram side makes each iteration ~7× cheaper.
 */
function smallerCrossProduct(x: Matrix): { s: Float64Array; d: number; gram: boolean } {
  const { rows: n, cols: m, data } = x;
  const divisor = Math.max(1, n - 1);
  const gram = n < m;
  const d = gram ? n : m;
  const s = new Float64Array(d * d);
  if (gram) {
    for (let a = 0; a < n; a++) {
      for (let b = a; b < n; b++) {
        s[a * n + b] = s[b * n + a] = dot(data, a * m, data, b * m, m) / divisor;
      }
    }
  } else {
    for (let i = 0; i < n; i++) {
      for (let a = 0; a < m; a++) {
        const xa = data[i * m + a];
        if (xa === 0) continue;
        for (let b = a; b < m; b++) s[a * m + b] += xa * data[i * m + b];
      }
    }
    for (let a = 0; a < m; a++) {
      for (let b = a; b < m; b++) s[a * m + b] = s[b * m + a] = s[a * m + b] / divisor;
    }
  }
  return { s, d, gram };
}

/**
 * Flips v so its largest-magnitude entry is positive. Entries within a relative 1e-6 of the
 * largest count as tied and the first of them decides: duplicated items (the same resolution
 * voted twice) tie exactly in theory, and rounding noise must not choose the sign.
 */
function normaliseSign(v: Float64Array): void {
  let largest = 0;
  for (let j = 0; j < v.length; j++) largest = Math.max(largest, Math.abs(v[j]));
  const first = v.findIndex((x) => Math.abs(x) >= largest * (1 - 1e-6));
  if (first >= 0 && v[first] < 0) for (let j = 0; j < v.length; j++) v[j] = -v[j];
}

/**
 * PCA of a states × items score matrix.
 * @param values states × items, scores in [0, 1], NaN = missing
 * @param options power-iteration controls and the sparse-scaling switch
 */
export function pca(values: Matrix, options: PcaOptions = {}): PcaResult {
  const { rows: n, cols: m } = values;
  const { centred: x, itemMeans, answered } = centreWithItemMeans(values);
  const { s, d, gram } = smallerCrossProduct(x);
  let total = 0;
  for (let i = 0; i < d; i++) total += s[i * d + i];
  const k = Math.min(COMPONENTS, d);
  const eigen = topEigenpairs(s, d, k, options);

  const loadings = new Float64Array(COMPONENTS * m);
  const coordinates = new Float64Array(n * COMPONENTS);
  const eigenvalues: [number, number] = [0, 0];
  for (let c = 0; c < k; c++) {
    const lambda = eigen.values[c];
    // A zero-variance component has no direction worth drawing: leave its loadings at 0.
    if (!(lambda > total * 1e-12)) continue;
    eigenvalues[c] = lambda;
    const v = loadings.subarray(c * m, (c + 1) * m);
    const u = eigen.vectors.subarray(c * d, (c + 1) * d);
    if (gram) {
      // v = Xᵀu / ‖Xᵀu‖: the item-space axis behind the state-space eigenvector u.
      for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) v[j] += x.data[i * m + j] * u[i];
      let size = 0;
      for (let j = 0; j < m; j++) size += v[j] * v[j];
      size = Math.sqrt(size);
      for (let j = 0; j < m; j++) v[j] /= size;
    } else {
      v.set(u);
    }
    normaliseSign(v);
    for (let i = 0; i < n; i++) {
      coordinates[i * COMPONENTS + c] = dot(x.data, i * m, v, 0, m);
    }
  }

  const scale = options.sparseScaling ?? true;
  for (let i = 0; i < n; i++) {
    // Imputed zeros pull sparse states toward the centre; √(m / answered) pushes them back
    // out in proportion to how much of the item set they actually answered.
    const factor = answered[i] === 0 ? Number.NaN : scale ? Math.sqrt(m / answered[i]) : 1;
    for (let c = 0; c < COMPONENTS; c++) coordinates[i * COMPONENTS + c] *= factor;
  }
  const ratio = (lambda: number): number => (total > 0 ? lambda / total : 0);
  return {
    coordinates: matrix(n, COMPONENTS, coordinates),
    loadings: matrix(COMPONENTS, m, loadings),
    eigenvalues,
    explainedVarianceRatio: [ratio(eigenvalues[0]), ratio(eigenvalues[1])],
    answered,
    itemMeans,
    converged: [eigen.converged[0] ?? true, eigen.converged[1] ?? true],
  };
}
