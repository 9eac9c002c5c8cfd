import type { ItemChoice, OpinionItemRow, OpinionValueRow } from '../../queries/alignment-items';
import type { StateVotesRow } from '../../queries/alignment-votes';
import { itemChosen } from './params';

/** States and items of one opinion-map run, in matrix row and column order. */
export interface OpinionMeta {
  states: StateVotesRow[];
  items: OpinionItemRow[];
}

/**
 * The items the user chose, in catalogue order. Survey items need an explicit opt-in on top
 * of being named: they are illustrative, never states' real answers.
 * @param catalogue every available item
 * @param choice the decoded `items` parameter
 */
export function chosenItems(catalogue: readonly OpinionItemRow[], choice: ItemChoice): OpinionItemRow[] {
  return catalogue.filter((c) => itemChosen(choice, c.family, c.item));
}

/**
 * Fills the states × items score matrix (NaN = no answer) from long rows.
 * @param states states in scope (matrix rows)
 * @param items chosen items (matrix columns)
 * @param rows scores from `opinionValuesSql`; rows for other states or items are ignored
 */
export function opinionMatrix(
  states: readonly StateVotesRow[],
  items: readonly OpinionItemRow[],
  rows: readonly OpinionValueRow[],
): Float64Array {
  const row = new Map(states.map((s, i) => [s.iso3, i]));
  const col = new Map(items.map((it, j) => [it.item, j]));
  const m = items.length;
  const values = new Float64Array(states.length * m).fill(Number.NaN);
  for (const r of rows) {
    const i = row.get(r.iso3);
    const j = col.get(r.item);
    if (i !== undefined && j !== undefined) values[i * m + j] = r.value;
  }
  return values;
}

/**
 * Clusters × categories counts (e.g. clusters × UN regional groups).
 * @param labels cluster per state, −1 = not clustered (left out)
 * @param category category per state
 * @param k number of clusters
 * @param categories the categories to count, in column order
 * @returns k rows of counts, one per category
 */
export function contingency(
  labels: ArrayLike<number>,
  category: readonly string[],
  k: number,
  categories: readonly string[],
): number[][] {
  const table = Array.from({ length: k }, () => categories.map(() => 0));
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i];
    const j = categories.indexOf(category[i]);
    if (c >= 0 && c < k && j >= 0) table[c][j] += 1;
  }
  return table;
}
