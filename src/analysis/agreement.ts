/**
 * Vote agreement between two states over UNGA roll calls. Absences (X) are dropped, not read
 * as disagreement: a delegation that was not in the room expressed nothing.
 */

import type { Vote } from './ordinal';
import { agreementShare, VOTE_HALF_CREDIT, type AgreementRule } from './measures';

/** Agreement of two states over their joint votes. */
export interface VoteAgreement {
  /** (same + 0.5 × half) / joint, or null when they never voted on the same roll call */
  readonly agreement: number | null;
  /** roll calls where both cast a vote (neither is X) */
  readonly joint: number;
  /** joint roll calls with the identical vote (Y/Y, N/N, A/A) */
  readonly same: number;
  /** joint roll calls where exactly one abstained (A/Y, A/N): half agreement */
  readonly half: number;
}

function checkLengths(a: readonly Vote[], b: readonly Vote[]): void {
  if (a.length !== b.length) throw new RangeError(`vote vectors differ in length: ${a.length} vs ${b.length}`);
}

/**
 * Agreement score with abstention as half agreement (DESIGN §5). Y against N scores 0.
 * The one definition is measures.ts `agreementShare`; this names the vote rule.
 * @param a first state's votes, one per roll call
 * @param b second state's votes, same roll calls in the same order
 */
export function voteAgreement(a: readonly Vote[], b: readonly Vote[]): VoteAgreement {
  checkLengths(a, b);
  return agreementShare(a, b, VOTE_HALF_CREDIT as AgreementRule<Vote>);
}

/**
 * Cohen's κ over the joint votes with categories Y, A, N: (p_o − p_e) / (1 − p_e), where p_o
 * is the share of identical votes and p_e the chance agreement from each state's own vote
 * shares. It discounts the agreement two states reach just by voting yes to almost
 * everything, which dominates UNGA votes.
 * @param a first state's votes
 * @param b second state's votes
 * @returns κ, or null when there are no joint votes or p_e = 1 (both always cast the same
 *   single category, so chance explains everything and κ is undefined)
 */
export function cohensKappa(a: readonly Vote[], b: readonly Vote[]): number | null {
  checkLengths(a, b);
  const categories = ['Y', 'A', 'N'] as const;
  const countA = { Y: 0, A: 0, N: 0 };
  const countB = { Y: 0, A: 0, N: 0 };
  let joint = 0;
  let same = 0;
  for (let r = 0; r < a.length; r++) {
    const va = a[r];
    const vb = b[r];
    if (va === 'X' || vb === 'X') continue;
    joint += 1;
    countA[va] += 1;
    countB[vb] += 1;
    if (va === vb) same += 1;
  }
  if (joint === 0) return null;
  const observed = same / joint;
  let expected = 0;
  for (const c of categories) expected += (countA[c] / joint) * (countB[c] / joint);
  if (expected === 1) return null;
  return (observed - expected) / (1 - expected);
}
