/**
 * Likely allies and opponents of a state: the states in scope that agree with it most and least
 * over the items both answered (agreement-ranking.ts, built on the one vote-agreement measure).
 */
import { rankByAgreement, voteVectors } from '../../analysis/agreement-ranking';
import { voteAgreement } from '../../analysis/agreement';
import type { Vote } from '../../analysis/ordinal';
import type { Answer, BriefItem } from './items';
import type { ScopeState } from './measure';
import type { Counterpart } from './types';

/** One basis for ranking: a set of items and the least joint answers that make a pair count. */
export interface AllyBasis {
  basis: string;
  items: BriefItem[];
  minJoint: number;
}

/** Answers read on the vote scale: stances supports/qualified/opposes as Y/A/N, votes as they are. */
function asVote(a: Answer): Vote {
  if (a.level === 'Y' || a.level === 'A' || a.level === 'N') return a.level;
  return a.level === 'supports' ? 'Y' : a.level === 'qualified' ? 'A' : a.level === 'opposes' ? 'N' : 'X';
}

/** Vote vectors of the given states over a basis's items. */
function vectors(basis: AllyBasis, answers: readonly Answer[], states: ReadonlySet<string>) {
  const keys = new Set(basis.items.map((i) => i.key));
  const rows = answers.filter((a) => keys.has(a.key) && states.has(a.iso3)).map((a) => ({ iso3: a.iso3, item: a.key, vote: asVote(a) }));
  return voteVectors(rows, basis.items.map((i) => i.key));
}

/**
 * Top and bottom `n` states in scope by agreement with `target` on one basis.
 * @param focusKey the focus item, whose answer is shown next to each counterpart
 */
export function alliesOn(basis: AllyBasis, target: string, answers: readonly Answer[], scope: readonly ScopeState[], focusKey: string | null, n = 5) {
  const names = new Map(scope.map((s) => [s.iso3, s.name]));
  const members = new Set([...scope.map((s) => s.iso3), target]);
  const ranks = rankByAgreement(vectors(basis, answers, members), target, basis.minJoint).filter((r) => names.has(r.iso3));
  const onFocus = new Map(answers.filter((a) => a.key === focusKey).map((a) => [a.iso3, a.level]));
  const toCp = (r: (typeof ranks)[number]): Counterpart => ({ iso3: r.iso3, name: names.get(r.iso3) ?? r.iso3, agreement: r.agreement ?? 0, joint: r.joint, onFocus: onFocus.get(r.iso3) ?? null });
  // An ally agrees at least half the time, an opponent less than half: never both, and a bloc
  // that always votes alike has no "opponent" just for ranking last.
  const allies = ranks.filter((r) => (r.agreement ?? 0) >= 0.5).slice(0, n).map(toCp);
  const opponents = ranks.filter((r) => (r.agreement ?? 0) < 0.5).slice(-n).reverse().map(toCp);
  const rowsUsed = answers.filter((a) => (a.iso3 === target || allies.some((c) => c.iso3 === a.iso3) || opponents.some((c) => c.iso3 === a.iso3)) && basis.items.some((i) => i.key === a.key));
  return { basis: basis.basis, allies, opponents, ranked: ranks.length, closest: ranks[0]?.agreement ?? null, farthest: ranks.at(-1)?.agreement ?? null, rowsUsed };
}

/** Agreement of two states on one basis. */
export function pairAgreement(basis: AllyBasis, a: string, b: string, answers: readonly Answer[]) {
  const v = vectors(basis, answers, new Set([a, b]));
  const none = basis.items.map((): Vote => 'X');
  return voteAgreement(v.get(a) ?? none, v.get(b) ?? none);
}
