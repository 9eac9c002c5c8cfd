/**
 * All-pairs Cohen's κ over roll calls, the chance-corrected companion of `agreementMatrix`.
 * Same definition as `cohensKappa` (categories Y, A, N over joint votes, absences dropped);
 * computed from per-pair 3 × 3 counts so no vote arrays are allocated per pair.
 */

import { VOTE_CODE, type VoteMatrix } from './agreement-matrix';

/**
 * Symmetric n × n Cohen's κ, row-major. NaN where κ is undefined: no joint votes, or chance
 * agreement p_e = 1 (both states cast one and the same category every time).
 * @param votes states × roll calls in VOTE_CODE form
 */
export function kappaMatrix(votes: VoteMatrix): Float64Array {
  const { codes, states: n, rollcalls: r } = votes;
  if (codes.length !== n * r) throw new RangeError('kappaMatrix: codes length ≠ states × rollcalls');
  const out = new Float64Array(n * n);
  // counts[a * 4 + b]: joint roll calls where i cast code a and j cast code b (codes 1..3).
  const counts = new Int32Array(16);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      counts.fill(0);
      for (let t = 0; t < r; t++) {
        const a = codes[i * r + t];
        const b = codes[j * r + t];
        if (a === VOTE_CODE.X || b === VOTE_CODE.X) continue;
        counts[a * 4 + b] += 1;
      }
      out[i * n + j] = out[j * n + i] = kappaFromCounts(counts);
    }
  }
  return out;
}

/** κ from a 4 × 4 count table whose row and column 0 (absent) are empty. */
function kappaFromCounts(counts: Int32Array): number {
  let joint = 0;
  let same = 0;
  const rowSum = [0, 0, 0, 0];
  const colSum = [0, 0, 0, 0];
  for (let a = 1; a < 4; a++) {
    for (let b = 1; b < 4; b++) {
      const c = counts[a * 4 + b];
      joint += c;
      rowSum[a] += c;
      colSum[b] += c;
      if (a === b) same += c;
    }
  }
  if (joint === 0) return Number.NaN;
  let expected = 0;
  for (let a = 1; a < 4; a++) expected += (rowSum[a] / joint) * (colSum[a] / joint);
  if (expected === 1) return Number.NaN;
  return (same / joint - expected) / (1 - expected);
}
