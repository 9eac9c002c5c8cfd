/**
 * Ranks other states by agreement with one state over a set of items (roll calls, legal
 * questions), using the one definition of agreement in agreement.ts. Legal stances are read on
 * the vote scale (supports = Y, qualified = A, opposes = N, silence = X), so a qualified stance
 * against a firm one counts as half agreement, exactly as an abstention does.
 */
import { voteAgreement, type VoteAgreement } from './agreement';
import type { Stance, Vote } from './ordinal';

/** One long-format answer: a state's vote (or stance read as a vote) on one item. */
export interface ItemVote {
  readonly iso3: string;
  readonly item: string;
  readonly vote: Vote;
}

/** Another state's agreement with the target. */
export interface AgreementRank extends VoteAgreement {
  readonly iso3: string;
}

/** A stance on the vote scale; null (silence) becomes X, which agreement leaves out. */
export function stanceAsVote(stance: Stance | null): Vote {
  return stance === 'supports' ? 'Y' : stance === 'qualified' ? 'A' : stance === 'opposes' ? 'N' : 'X';
}

/**
 * Vote vectors per state over `items` (in that order); an item a state has no row for is X.
 * @param rows long-format answers
 * @param items the item order shared by every vector
 */
export function voteVectors(rows: Iterable<ItemVote>, items: readonly string[]): Map<string, Vote[]> {
  const index = new Map(items.map((id, i) => [id, i]));
  const out = new Map<string, Vote[]>();
  for (const r of rows) {
    const i = index.get(r.item);
    if (i === undefined) continue;
    let v = out.get(r.iso3);
    if (!v) out.set(r.iso3, (v = items.map((): Vote => 'X')));
    v[i] = r.vote;
  }
  return out;
}

/**
 * Every other state's agreement with `target`, highest first (ties: more joint items first,
 * then ISO3 order so the list is stable). States with fewer than `minJoint` joint items are
 * left out: agreement over one or two items says little.
 * @param vectors vote vectors from {@link voteVectors}
 * @param target ISO3 of the state to compare with
 * @param minJoint least number of items both must have answered (default 1)
 */
export function rankByAgreement(
  vectors: ReadonlyMap<string, readonly Vote[]>,
  target: string,
  minJoint = 1,
): AgreementRank[] {
  const mine = vectors.get(target);
  if (!mine) return [];
  const out: AgreementRank[] = [];
  for (const [iso3, theirs] of vectors) {
    if (iso3 === target) continue;
    const a = voteAgreement(mine, theirs);
    if (a.agreement === null || a.joint < Math.max(1, minJoint)) continue;
    out.push({ iso3, ...a });
  }
  return out.sort(
    (x, y) =>
      (y.agreement as number) - (x.agreement as number) ||
      y.joint - x.joint ||
      (x.iso3 < y.iso3 ? -1 : x.iso3 > y.iso3 ? 1 : 0),
  );
}
