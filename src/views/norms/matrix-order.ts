import { MEASURE_SCALE } from '../../analysis/ordinal';
import { matrixFromRows } from '../../analysis/matrix';
import { pca } from '../../analysis/pca';
import type { NormState } from '../../queries/norm-wire';
import { groupOf, groupsPresent, type Grouping } from './model';
import { compareNames } from '../../vocab/format';

/** Orders the state × norm matrix can take. */
export const MATRIX_ORDERS = ['group', 'implementation', 'similarity', 'name'] as const;
export type MatrixOrder = (typeof MATRIX_ORDERS)[number];

/** Mean support score of a state's answers (MEASURE_SCALE), null when it answered none. */
export function implementationScore(s: NormState): number | null {
  const scores = s.answers.flatMap((a) => (a.status === null ? [] : [MEASURE_SCALE.score[a.status]]));
  return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
}

const byName = (a: NormState, b: NormState) => compareNames(a.name, b.name);

/**
 * States in matrix order. `similarity` places states with similar answer profiles next to each
 * other: the first principal component of the state × norm levels (missing = norm mean, as on
 * the opinion map), oriented so more implementation comes first. States without any answer go
 * last in every order but `name`.
 */
export function orderStates(states: readonly NormState[], order: MatrixOrder, grouping: Grouping): NormState[] {
  if (order === 'name') return [...states].sort(byName);
  const answered = states.filter((s) => s.answered > 0);
  const silent = states.filter((s) => s.answered === 0).sort(byName);
  let head: NormState[];
  if (order === 'group') {
    const groups = groupsPresent(states, grouping);
    head = [...answered].sort(
      (a, b) => groups.indexOf(groupOf(a, grouping)) - groups.indexOf(groupOf(b, grouping)) || byName(a, b),
    );
  } else if (order === 'implementation') {
    head = [...answered].sort(
      (a, b) =>
        (implementationScore(b) ?? 0) - (implementationScore(a) ?? 0) || b.answered - a.answered || byName(a, b),
    );
  } else {
    head = similarityOrder(answered);
  }
  return [...head, ...silent];
}

function similarityOrder(states: readonly NormState[]): NormState[] {
  if (states.length < 3) return [...states].sort(byName);
  const last = MEASURE_SCALE.levels.length - 1;
  const levels = states.map((s) =>
    s.answers.map((a) => (a.status === null ? null : MEASURE_SCALE.levels.indexOf(a.status) / last)),
  );
  const pc1 = pca(matrixFromRows(levels), { sparseScaling: false }).coordinates;
  const x = states.map((_, i) => pc1.data[2 * i]);
  // PCA's sign is arbitrary: orient the axis so that it agrees with the implementation score.
  const score = states.map((s) => implementationScore(s) ?? 0);
  const mx = x.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0) / x.length;
  const ms = score.reduce((a, b) => a + b, 0) / score.length;
  const cov = x.reduce((acc, v, i) => acc + (Number.isFinite(v) ? (v - mx) * (score[i] - ms) : 0), 0);
  const sign = cov < 0 ? -1 : 1;
  const idx = states.map((_, i) => i);
  idx.sort(
    (a, b) =>
      sign * ((Number.isFinite(x[b]) ? x[b] : 0) - (Number.isFinite(x[a]) ? x[a] : 0)) || byName(states[a], states[b]),
  );
  return idx.map((i) => states[i]);
}

/**
 * Every state in the matrix's row order, for keyed rows that stay in the DOM across filter
 * changes (rows out of scope are hidden, not removed): the states in scope come in `order`
 * exactly as `orderStates(inScope)` puts them. Every order but `similarity` ranks a subset as it
 * ranks the whole, so the full order is used and a filter change only flips `hidden`;
 * `similarity` depends on the set, so the rest follow the states in scope.
 */
export function matrixRows(
  all: readonly NormState[],
  inScope: readonly NormState[],
  order: MatrixOrder,
  grouping: Grouping,
): NormState[] {
  if (order !== 'similarity') return orderStates(all, order, grouping);
  const shown = new Set(inScope.map((s) => s.iso3));
  return [...orderStates(inScope, order, grouping), ...all.filter((s) => !shown.has(s.iso3))];
}
