/**
 * Leading eigenpairs of a small symmetric positive semi-definite matrix by power iteration
 * with deflation. The opinion map needs only two components of a matrix of side ≤ 500, for
 * which this is simpler and smaller than shipping a linear-algebra library, and every step is
 * deterministic: a fixed-seed start vector, a fixed iteration cap and a tolerance.
 */

import { dot } from './matrix';
import { mulberry32 } from './random';

/** Controls for {@link topEigenpairs}. */
export interface EigenOptions {
  /** iteration cap per component (default 1000): bounds the time when eigenvalues are close */
  readonly maxIterations?: number;
  /**
   * stop when the unit vector moves less than this in one step (default 1e-9: on 193 × 500
   * noise that leaves coordinates within ~1e-7 of the exact axes, far below a pixel)
   */
  readonly tolerance?: number;
  /** seed of the start vector (default 1) */
  readonly seed?: number;
}

/** Eigenpairs, largest eigenvalue first. */
export interface Eigenpairs {
  /** eigenvalues (Rayleigh quotients of the returned vectors), ≥ 0 */
  readonly values: Float64Array;
  /** k unit vectors of length d, row-major; a zero-eigenvalue vector is still a unit vector */
  readonly vectors: Float64Array;
  /** iterations used per component */
  readonly iterations: Int32Array;
  /** whether each component met the tolerance before the cap */
  readonly converged: boolean[];
}

function multiply(s: Float64Array, d: number, v: Float64Array, out: Float64Array): void {
  for (let i = 0; i < d; i++) out[i] = dot(s, i * d, v, 0, d);
}

/** Removes the components along the first `count` stored vectors (projection deflation). */
function deflate(v: Float64Array, vectors: Float64Array, count: number, d: number): void {
  for (let c = 0; c < count; c++) {
    const along = dot(vectors, c * d, v, 0, d);
    for (let i = 0; i < d; i++) v[i] -= along * vectors[c * d + i];
  }
}

function norm(v: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i] * v[i];
  return Math.sqrt(sum);
}

/**
 * Top-k eigenpairs of a symmetric PSD matrix.
 *
 * Deflation projects earlier eigenvectors out of every iterate, which is equivalent to
 * iterating on (I − VVᵀ) S (I − VVᵀ) and, unlike subtracting λvvᵀ, does not let errors in an
 * earlier vector leak into later ones.
 * @param s d × d symmetric PSD matrix, row-major (not modified)
 * @param d its side
 * @param k components wanted (k ≤ d)
 * @param options iteration cap, tolerance, seed
 */
export function topEigenpairs(s: Float64Array, d: number, k: number, options: EigenOptions = {}): Eigenpairs {
  if (s.length !== d * d) throw new RangeError('topEigenpairs: matrix is not d × d');
  if (k > d) throw new RangeError(`topEigenpairs: ${k} components of a ${d} × ${d} matrix`);
  const maxIterations = options.maxIterations ?? 1000;
  const tolerance = options.tolerance ?? 1e-9;
  const random = mulberry32(options.seed ?? 1);
  let trace = 0;
  for (let i = 0; i < d; i++) trace += s[i * d + i];
  // Below this, ‖Sv‖ is rounding noise: the remaining spectrum is treated as zero.
  const zero = Math.max(trace, 0) * 1e-12;

  const values = new Float64Array(k);
  const vectors = new Float64Array(k * d);
  const iterations = new Int32Array(k);
  const converged: boolean[] = [];
  const v = new Float64Array(d);
  const w = new Float64Array(d);

  for (let c = 0; c < k; c++) {
    // A pseudo-random start, not all-ones: for centred data the ones vector lies in the null
    // space of the Gram matrix and would never move.
    for (let i = 0; i < d; i++) v[i] = random() - 0.5;
    deflate(v, vectors, c, d);
    const start = norm(v);
    for (let i = 0; i < d; i++) v[i] /= start;

    let done = false;
    let it = 0;
    while (!done && it < maxIterations) {
      it += 1;
      multiply(s, d, v, w);
      deflate(w, vectors, c, d);
      const size = norm(w);
      if (size <= zero) {
        done = true; // v is (numerically) in the null space left after deflation
        break;
      }
      let step = 0;
      for (let i = 0; i < d; i++) {
        const next = w[i] / size;
        step += (next - v[i]) ** 2;
        v[i] = next;
      }
      done = Math.sqrt(step) < tolerance;
    }
    // Re-orthogonalise once more so rounding over many iterations cannot tilt v.
    deflate(v, vectors, c, d);
    const size = norm(v);
    for (let i = 0; i < d; i++) v[i] /= size;
    multiply(s, d, v, w);
    let rayleigh = 0;
    for (let i = 0; i < d; i++) rayleigh += v[i] * w[i];
    values[c] = Math.max(0, rayleigh);
    vectors.set(v, c * d);
    iterations[c] = it;
    converged.push(done);
  }
  return { values, vectors, iterations, converged };
}
