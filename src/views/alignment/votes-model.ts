import { agreementMatrix, VOTE_CODE, type AgreementMatrix, type VoteMatrix } from '../../analysis/agreement-matrix';
import { kappaMatrix } from '../../analysis/kappa-matrix';
import { averageLinkageOrder } from '../../analysis/seriation';
import type { StateVotesRow } from '../../queries/alignment-votes';
import type { AgreementMeasure, StateOrder } from './params';
import { UN_GROUPS, groupRank } from '../../vocab/groups';

/**
 * Vote data of the Alignment view, derived in memory from the 195 per-state vote strings.
 * Everything that depends only on the chosen roll calls (the all-members agreement matrix and
 * its clustering) is computed once per choice; a filter change only takes subsets, so states
 * also keep their place in the ordering as the filter changes.
 */

/** UN regional groups in the order the app lists them; states without one go last. */
export const GROUP_ORDER: readonly string[] = UN_GROUPS;

/** States with votes on the chosen roll calls, as a compact matrix. */
export interface VoteTable {
  /** row i of `votes` */
  states: StateVotesRow[];
  votes: VoteMatrix;
}

/**
 * Catalogue positions of the chosen roll calls.
 * @param tokens every roll call's token, catalogue order
 * @param chosen chosen tokens, null = all
 */
export function chosenColumns(tokens: readonly string[], chosen: readonly string[] | null): number[] {
  return tokens.flatMap((t, i) => (chosen === null || chosen.includes(t) ? [i] : []));
}

/**
 * Vote matrix of the states that have vote rows, restricted to the chosen roll calls.
 * @param rows output of `stateVotesSql` (vote strings over all roll calls)
 * @param columns catalogue positions to keep
 */
export function voteTable(rows: readonly StateVotesRow[], columns: readonly number[]): VoteTable {
  const states = rows.filter((r) => r.votes !== null && columns.length > 0);
  const r = columns.length;
  const codes = new Uint8Array(states.length * r);
  states.forEach((s, i) => {
    columns.forEach(
      (c, t) => (codes[i * r + t] = VOTE_CODE[(s.votes as string)[c] as keyof typeof VOTE_CODE] ?? VOTE_CODE.X),
    );
  });
  return { states, votes: { codes, states: states.length, rollcalls: r } };
}

/** Y / N / A / X counts. */
export interface Tally {
  y: number;
  n: number;
  a: number;
  x: number;
}

/** Tallies per roll call (catalogue position) overall, per UN regional group and per organisation. */
export interface TallySet {
  all: Tally[];
  groups: Map<string, Tally[]>;
  orgs: Map<string, Tally[]>;
}

/**
 * Counts the votes of the states in scope on every roll call, overall, by UN regional group
 * and by organisation (the current memberships in `orgs`).
 * @param rows every state's vote string
 * @param inScope iso3 of the states in scope
 */
export function voteTallies(rows: readonly StateVotesRow[], inScope: ReadonlySet<string>): TallySet {
  const width = rows.find((r) => r.votes !== null)?.votes?.length ?? 0;
  const blank = () => Array.from({ length: width }, () => ({ y: 0, n: 0, a: 0, x: 0 }));
  const set: TallySet = { all: blank(), groups: new Map(), orgs: new Map() };
  const into = (map: Map<string, Tally[]>, key: string) => map.get(key) ?? (map.set(key, blank()).get(key) as Tally[]);
  for (const s of rows) {
    if (s.votes === null || !inScope.has(s.iso3)) continue;
    const targets = [
      set.all,
      ...(s.un_group ? [into(set.groups, s.un_group)] : []),
      ...s.orgs
        .split('|')
        .filter(Boolean)
        .map((o) => into(set.orgs, o)),
    ];
    for (let c = 0; c < width; c++) {
      const k = s.votes[c].toLowerCase() as keyof Tally;
      for (const t of targets) if (k in t[c]) t[c][k] += 1;
    }
  }
  return set;
}

/** The all-members agreement for one choice of roll calls and measure. */
export interface AgreementBase {
  table: VoteTable;
  agreement: AgreementMatrix;
  /** the shown measure over all states with votes, row-major */
  values: Float64Array;
  /** average-linkage order of all states on 1 − value */
  clustered: Int32Array;
  domain: [number, number];
}

/** Agreement or κ over all states with votes, and its clustering (once per roll-call choice). */
export function agreementBase(table: VoteTable, measure: AgreementMeasure): AgreementBase {
  const agreement = agreementMatrix(table.votes);
  const values = measure === 'kappa' ? kappaMatrix(table.votes) : agreement.agreement;
  const distance = new Float64Array(values.length); // a loop: Float64Array.from(x, fn) is slow
  for (let i = 0; i < values.length; i++) distance[i] = 1 - values[i];
  const clustered = averageLinkageOrder(distance, table.states.length);
  return { table, agreement, values, clustered, domain: measure === 'kappa' ? [-1, 1] : [0, 1] };
}

/** What the agreement matrix draws for the states in scope. */
export interface AgreementView {
  states: StateVotesRow[];
  values: Float64Array;
  joint: Uint16Array;
  /** display position → row of `states` */
  order: Int32Array;
  domain: [number, number];
}

/** The states in scope of a base and their display order (what the vote grid draws). */
export interface ScopedOrder {
  states: StateVotesRow[];
  /** display position → row of `states` */
  order: Int32Array;
  /** row of `states` → row of the base table */
  keep: number[];
}

/**
 * The states in scope of a base matrix, ordered by the all-members clustering or by UN
 * regional group (clustering order within each group). No matrix: the vote grid needs only
 * the order, and it is worked out on every filter change.
 */
export function scopedOrder(base: AgreementBase, inScope: ReadonlySet<string>, order: StateOrder): ScopedOrder {
  const all = base.table.states;
  const keep = all.flatMap((s, i) => (inScope.has(s.iso3) ? [i] : []));
  const sub = new Int32Array(all.length).fill(-1);
  keep.forEach((a, i) => (sub[a] = i));
  const clustered = Int32Array.from(
    Array.from(base.clustered).filter((a) => sub[a] >= 0),
    (a) => sub[a],
  );
  const states = keep.map((a) => all[a]);
  return { states, keep, order: order === 'group' ? groupOrder(states, clustered) : clustered };
}

/**
 * The in-scope part of a base matrix, ordered by the all-members clustering or by UN
 * regional group (clustering order within each group).
 */
export function scopedAgreement(base: AgreementBase, inScope: ReadonlySet<string>, order: StateOrder): AgreementView {
  const scoped = scopedOrder(base, inScope, order);
  const { keep } = scoped;
  const n = keep.length;
  const N = base.table.states.length;
  const values = new Float64Array(n * n);
  const joint = new Uint16Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      values[i * n + j] = base.values[keep[i] * N + keep[j]];
      joint[i * n + j] = base.agreement.joint[keep[i] * N + keep[j]];
    }
  return { states: scoped.states, values, joint, order: scoped.order, domain: base.domain };
}

/**
 * Rows sorted by UN regional group, keeping the given order within each group.
 * @param states rows with `un_group`
 * @param within a permutation giving the order inside groups
 */
export function groupOrder(states: readonly { un_group: string | null }[], within: Int32Array): Int32Array {
  const rank = groupRank;
  const position = new Int32Array(within.length);
  within.forEach((row, p) => (position[row] = p));
  return Int32Array.from(within).sort(
    (a, b) => rank(states[a].un_group) - rank(states[b].un_group) || position[a] - position[b],
  );
}
