/**
 * Agreement between actors that answer the same items on an ordinal scale (legal stances,
 * survey statuses). Unlike vote agreement there is no half credit: two actors agree on an
 * item when they gave the identical answer. Silence (null) is never read as either agreement
 * or disagreement; it is counted apart so "agrees on 1 of 1" is visibly thin evidence.
 */

import { averageLinkageOrder } from './seriation';
import { agreementShare } from './measures';

/** How two actors' answers relate over the same items. */
export interface AnswerComparison {
  /** items both answered */
  readonly joint: number;
  /** joint items with the identical answer */
  readonly same: number;
  /** joint items with different answers */
  readonly differ: number;
  /** items only the first actor answered */
  readonly onlyA: number;
  /** items only the second actor answered */
  readonly onlyB: number;
  /** same / joint (agreement without half credit), or null when they never answered the same item */
  readonly share: number | null;
}

/**
 * Compares two actors item by item.
 * @param a first actor's answers, one per item, null = silent
 * @param b second actor's answers, same items in the same order
 */
export function compareAnswers<L extends string>(a: readonly (L | null)[], b: readonly (L | null)[]): AnswerComparison {
  if (a.length !== b.length) throw new RangeError(`compareAnswers: ${a.length} vs ${b.length} items`);
  let joint = 0;
  let same = 0;
  let onlyA = 0;
  let onlyB = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== null && y !== null) {
      joint += 1;
      if (x === y) same += 1;
    } else if (x !== null) onlyA += 1;
    else if (y !== null) onlyB += 1;
  }
  // share: agreement without half credit, as defined once in measures.ts
  return { joint, same, differ: joint - same, onlyA, onlyB, share: agreementShare(a, b).agreement };
}

/** How a set of actors relate on one item. */
export type ItemAgreement =
  /** everyone answered, all the same */
  | 'agree'
  /** at least two different answers */
  | 'differ'
  /** those who answered agree, but someone is silent */
  | 'partial'
  /** nobody answered */
  | 'silent';

/**
 * Classifies one item for a set of compared actors.
 * @param answers one answer per actor, null = silent
 */
export function itemAgreement<L extends string>(answers: readonly (L | null)[]): ItemAgreement {
  const given = answers.filter((x): x is L => x !== null);
  if (given.length === 0) return 'silent';
  if (new Set(given).size > 1) return 'differ';
  return given.length === answers.length ? 'agree' : 'partial';
}

/** Ranking key of a candidate next to an anchor: higher share, then more joint items. */
function closeness<L extends string>(anchor: readonly (L | null)[], other: readonly (L | null)[]): [number, number] {
  const c = compareAnswers(anchor, other);
  // Pairs with nothing in common rank below any pair that shares an item.
  return [c.share ?? -1, c.joint];
}

function better(a: [number, number], b: [number, number]): boolean {
  return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
}

/**
 * An order of actors by similarity of their answers.
 *
 * With a reference actor: the reference first, then everyone else by their share of identical
 * answers with it (ties: more joint items first, then input order; actors with no item in
 * common with the reference last). Without: the leaf order of an average-linkage tree on
 * 1 − share (the seriation the Alignment view uses for votes), so similar actors sit next to
 * each other; pairs with no item in common count as far apart as any pair.
 * @param vectors one answer vector per actor, all the same length
 * @param reference index of the reference actor, if any
 * @returns a permutation of 0..n−1
 */
export function similarityOrder<L extends string>(
  vectors: readonly (readonly (L | null)[])[],
  reference?: number,
): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  if (reference !== undefined) {
    if (!(reference >= 0 && reference < n)) throw new RangeError(`similarityOrder: no actor ${reference}`);
    const rest = vectors.map((_, i) => i).filter((i) => i !== reference);
    const keys = new Map(rest.map((i) => [i, closeness(vectors[reference], vectors[i])]));
    rest.sort((i, j) => {
      const ki = keys.get(i) as [number, number];
      const kj = keys.get(j) as [number, number];
      if (better(ki, kj)) return -1;
      if (better(kj, ki)) return 1;
      return i - j;
    });
    return [reference, ...rest];
  }
  const distance = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const share = compareAnswers(vectors[i], vectors[j]).share;
      distance[i * n + j] = distance[j * n + i] = share === null ? Number.NaN : 1 - share;
    }
  }
  return Array.from(averageLinkageOrder(distance, n));
}
