/**
 * All-pairs vote agreement for the Alignment view's 195 × 195 heat map. Each state's votes
 * become three bitsets (yes, abstain, no) so one 32-bit AND plus a popcount compares 32 roll
 * calls at once; a full matrix over a few hundred roll calls costs well under a millisecond
 * of bit work per row and needs no per-pair allocation.
 */

import type { Vote } from './ordinal';

/** Compact vote codes; 0 for X so a zero-filled buffer means "absent everywhere". */
export const VOTE_CODE = { X: 0, Y: 1, A: 2, N: 3 } as const;

/** States × roll calls votes, row-major, values from {@link VOTE_CODE}. */
export interface VoteMatrix {
  readonly codes: Uint8Array;
  readonly states: number;
  readonly rollcalls: number;
}

/** Symmetric n × n agreement, row-major. */
export interface AgreementMatrix {
  readonly n: number;
  /** (same + 0.5 × one-abstains) / joint; NaN where a pair has no joint vote. Diagonal 1. */
  readonly agreement: Float64Array;
  /** joint votes per pair; the diagonal holds each state's number of cast votes */
  readonly joint: Uint16Array;
}

/**
 * Encodes nested vote arrays into a {@link VoteMatrix}.
 * @param rows one row per state, one vote per roll call, all rows the same length
 */
export function encodeVotes(rows: readonly (readonly Vote[])[]): VoteMatrix {
  const rollcalls = rows.length === 0 ? 0 : rows[0].length;
  const codes = new Uint8Array(rows.length * rollcalls);
  rows.forEach((row, i) => {
    if (row.length !== rollcalls)
      throw new RangeError(`encodeVotes: state ${i} has ${row.length} votes, expected ${rollcalls}`);
    row.forEach((v, r) => {
      const code = VOTE_CODE[v];
      if (code === undefined) throw new RangeError(`encodeVotes: unknown vote "${v}" (state ${i}, roll call ${r})`);
      codes[i * rollcalls + r] = code;
    });
  });
  return { codes, states: rows.length, rollcalls };
}

/** Bits set in a 32-bit word (SWAR popcount: no lookup table, no loop). */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** One bitset per vote kind, `words` 32-bit words per state. */
function toBitsets(votes: VoteMatrix, words: number): { yes: Int32Array; abstain: Int32Array; no: Int32Array } {
  const { codes, states, rollcalls } = votes;
  const yes = new Int32Array(states * words);
  const abstain = new Int32Array(states * words);
  const no = new Int32Array(states * words);
  for (let i = 0; i < states; i++) {
    for (let r = 0; r < rollcalls; r++) {
      const code = codes[i * rollcalls + r];
      if (code === VOTE_CODE.X) continue;
      const bitset = code === VOTE_CODE.Y ? yes : code === VOTE_CODE.A ? abstain : no;
      bitset[i * words + (r >>> 5)] |= 1 << (r & 31);
    }
  }
  return { yes, abstain, no };
}

/**
 * Agreement for every pair of states, same definition as `voteAgreement`.
 * @param votes states × roll calls; at most 65,535 roll calls so joint counts fit 16 bits
 */
export function agreementMatrix(votes: VoteMatrix): AgreementMatrix {
  const { states: n, rollcalls } = votes;
  if (votes.codes.length !== n * rollcalls) throw new RangeError('agreementMatrix: codes length ≠ states × rollcalls');
  if (rollcalls > 0xffff) throw new RangeError('agreementMatrix: more than 65,535 roll calls');
  const words = (rollcalls + 31) >>> 5;
  const { yes, abstain, no } = toBitsets(votes, words);
  const agreement = new Float64Array(n * n);
  const joint = new Uint16Array(n * n);

  for (let i = 0; i < n; i++) {
    const oi = i * words;
    for (let j = i; j < n; j++) {
      const oj = j * words;
      let both = 0;
      let same = 0;
      let half = 0;
      for (let w = 0; w < words; w++) {
        const yi = yes[oi + w],
          ai = abstain[oi + w],
          ni = no[oi + w];
        const yj = yes[oj + w],
          aj = abstain[oj + w],
          nj = no[oj + w];
        both += popcount((yi | ai | ni) & (yj | aj | nj));
        same += popcount(yi & yj) + popcount(ai & aj) + popcount(ni & nj);
        half += popcount(ai & (yj | nj)) + popcount(aj & (yi | ni));
      }
      const score = both === 0 ? Number.NaN : (same + 0.5 * half) / both;
      agreement[i * n + j] = agreement[j * n + i] = score;
      joint[i * n + j] = joint[j * n + i] = both;
    }
  }
  return { n, agreement, joint };
}
