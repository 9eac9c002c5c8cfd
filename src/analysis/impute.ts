/**
 * Item-mean imputation and centring for the opinion map. A missing answer is replaced by the
 * item's mean, which after centring is 0: the state is placed as if it had no view on that
 * item, neither for nor against (the Polis choice).
 */

import { matrix, type Matrix } from './matrix';

/** A centred matrix with what is needed to undo or explain it. */
export interface CentredMatrix {
  /** values minus item means, missing entries 0 */
  readonly centred: Matrix;
  /** mean of each item over the states that answered it; NaN if none did */
  readonly itemMeans: Float64Array;
  /** number of answered items per state */
  readonly answered: Uint32Array;
}

/**
 * Centres each column on its mean over the non-missing entries and fills missing entries with
 * 0 (the mean). A column nobody answered becomes all zeros and so adds no variance.
 * @param values states × items, NaN = missing
 */
export function centreWithItemMeans(values: Matrix): CentredMatrix {
  const { rows, cols, data } = values;
  const sums = new Float64Array(cols);
  const counts = new Uint32Array(cols);
  const answered = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = data[i * cols + j];
      if (Number.isNaN(v)) continue;
      sums[j] += v;
      counts[j] += 1;
      answered[i] += 1;
    }
  }
  const itemMeans = new Float64Array(cols);
  for (let j = 0; j < cols; j++) itemMeans[j] = counts[j] === 0 ? Number.NaN : sums[j] / counts[j];

  const centred = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = data[i * cols + j];
      centred[i * cols + j] = Number.isNaN(v) ? 0 : v - itemMeans[j];
    }
  }
  return { centred: matrix(rows, cols, centred), itemMeans, answered };
}
