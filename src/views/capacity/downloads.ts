/**
 * Download of the Capacity view's group × pillar cells (the heat map and the gap list). They are
 * computed in the browser from the GCI rows for the states in scope, so the file is written from
 * the cells on screen, and its description (the codebook) says so.
 */
import type { Cell } from '../../db/types';
import type { DatasetSpec } from '../../queries/export';
import type { CapacityCell } from '../../analysis/capacity-cells';
import type { CapacityCellsModel } from './model';

/**
 * Every group × pillar cell with its quartiles, the count under the threshold and the median gap,
 * and the cell's place in the gap list shown (empty when the list leaves it out).
 * @param ranked the gap list, asked for only when the file is written (the list is below the
 *   fold and not worked out before it is built)
 * @param by the grouping's words, e.g. "UN regional group"
 */
export function capacityCellsDataset(
  model: CapacityCellsModel,
  ranked: () => readonly CapacityCell[],
  by: string,
  bench: 'max' | 'q3',
): DatasetSpec {
  return {
    name: 'capacity-cells',
    title: 'Capacity by group and pillar (the heat map and the gap list)',
    description: `One row per ${by} × GCI 2020 pillar for the states in scope: states with a score (n) and without (missing, never counted as 0), quartiles q1 / median / q3, states under the threshold and their share, the pillar's benchmark (${bench === 'max' ? 'the maximum score' : 'the global top quartile of all scored states'}, over every state, not only those in scope) and the median gap to it; gap_rank = place in the gap list shown (empty when the list does not include the cell). Computed in the browser and written from the cells shown on screen (not re-derived from SQL). ITU permits reuse for educational and non-commercial purposes only.`,
    sql: '',
    cells: () => {
      const rank = new Map(ranked().map((c, i) => [c, i + 1]));
      return {
        columns: [
          'group',
          'pillar',
          'n',
          'missing',
          'q1',
          'median',
          'q3',
          'threshold',
          'under',
          'share_under',
          'benchmark',
          'median_gap',
          'gap_rank',
        ],
        rows: model.list.map((c): Cell[] => [
          c.group,
          c.pillar,
          c.n,
          c.missing,
          c.q1,
          c.median,
          c.q3,
          c.threshold,
          c.under,
          c.shareUnder,
          c.benchmark,
          c.medianGap,
          rank.get(c) ?? null,
        ]),
      };
    },
  };
}
