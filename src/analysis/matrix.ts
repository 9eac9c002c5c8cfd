/**
 * The one dense matrix shape used across analysis/: row-major doubles. Typed arrays rather
 * than nested arrays because the opinion map is 193 × 500 and must be recomputed inside one
 * worker message, and because a Float64Array can be transferred between threads without a copy.
 */

/** A dense row-major matrix; NaN marks a missing value wherever a function says so. */
export interface Matrix {
  /** rows × cols values; entry (i, j) is at i * cols + j */
  readonly data: Float64Array;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Wraps (or allocates) a row-major matrix, checking the length so a shape mistake fails here
 * rather than as silently wrong numbers later.
 * @param rows number of rows (states)
 * @param cols number of columns (items)
 * @param data optional values, length rows × cols; zero-filled when omitted
 */
export function matrix(rows: number, cols: number, data?: Float64Array): Matrix {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`matrix: bad shape ${rows} × ${cols}`);
  }
  const values = data ?? new Float64Array(rows * cols);
  if (values.length !== rows * cols) {
    throw new RangeError(`matrix: ${values.length} values for a ${rows} × ${cols} matrix`);
  }
  return { data: values, rows, cols };
}

/**
 * Builds a matrix from nested arrays; `null` becomes NaN (missing). Meant for small inputs and
 * tests; big inputs should be filled into a Float64Array directly.
 * @param rows equal-length rows
 */
export function matrixFromRows(rows: readonly (readonly (number | null)[])[]): Matrix {
  const cols = rows.length === 0 ? 0 : rows[0].length;
  const data = new Float64Array(rows.length * cols);
  rows.forEach((row, i) => {
    if (row.length !== cols)
      throw new RangeError(`matrixFromRows: row ${i} has ${row.length} values, expected ${cols}`);
    row.forEach((v, j) => {
      data[i * cols + j] = v === null ? Number.NaN : v;
    });
  });
  return matrix(rows.length, cols, data);
}

/**
 * Reads row i as a copy (handy for tests and small displays; hot loops index `data` directly).
 * @param m the matrix
 * @param i row index
 */
export function matrixRow(m: Matrix, i: number): number[] {
  return Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols));
}

/**
 * Dot product of two strided-free runs of doubles, unrolled by four with separate
 * accumulators: V8 then keeps four independent add chains in flight, about 30% faster than
 * the plain loop in the matrix products that dominate PCA time.
 * @param a first array
 * @param offsetA start index in a
 * @param b second array
 * @param offsetB start index in b
 * @param length number of terms
 */
export function dot(a: Float64Array, offsetA: number, b: Float64Array, offsetB: number, length: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const end = length - (length & 3);
  let j = 0;
  for (; j < end; j += 4) {
    s0 += a[offsetA + j] * b[offsetB + j];
    s1 += a[offsetA + j + 1] * b[offsetB + j + 1];
    s2 += a[offsetA + j + 2] * b[offsetB + j + 2];
    s3 += a[offsetA + j + 3] * b[offsetB + j + 3];
  }
  for (; j < length; j++) s0 += a[offsetA + j] * b[offsetB + j];
  return s0 + s1 + s2 + s3;
}
