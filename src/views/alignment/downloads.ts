/**
 * Downloads of what the Agreement and Opinion map tabs show. Both are computed in the browser
 * (the agreement matrix from the vote strings, the map in a worker), so the files are written
 * from the very rows on screen rather than re-derived in SQL; the descriptions (and so the
 * codebooks) say so.
 */
import type { Cell } from '../../db/types';
import type { DatasetSpec } from '../../queries/export';
import type { RollCallCatalogRow } from '../../queries/alignment-votes';
import type { OpinionRun } from '../../state/opinion-map.svelte';
import type { OpinionMeta } from './opinion-model';
import type { AgreementMeasure } from './params';
import type { AgreementView } from './votes-model';
import { clusterName, itemLabel } from './opinion-view';

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);
const IN_BROWSER =
  'Computed in the browser and written from the rows shown on screen (not re-derived from SQL), for the states in scope.';

/**
 * The agreement matrix as long rows: every cell of the n × n matrix shown (both halves and the
 * diagonal, in the chart's order), with the joint votes behind each value.
 */
export function agreementDataset(
  view: AgreementView,
  measure: AgreementMeasure,
  rollCalls: readonly RollCallCatalogRow[],
): DatasetSpec {
  const ids = rollCalls.map((r) => r.resolution_id);
  const what =
    measure === 'kappa'
      ? "Cohen's kappa over joint votes (yes, abstain, no as categories)"
      : 'agreement index = (same votes + ½ × votes where exactly one abstained) / joint votes';
  return {
    name: `agreement-${measure}`,
    title: measure === 'kappa' ? "Pairwise Cohen's κ (the matrix shown)" : 'Pairwise vote agreement (the matrix shown)',
    description: `State A × state B: ${what}, on the ${ids.length} chosen roll call${ids.length === 1 ? '' : 's'} (${ids.join(', ')}). value is empty when the pair has no joint votes (absences are left out, not counted as disagreement). One row per cell of the n × n matrix, diagonal included, in the chart's order. ${IN_BROWSER}`,
    sql: '',
    cells: () => {
      const n = view.states.length;
      const rows: Cell[][] = [];
      for (const i of view.order)
        for (const j of view.order) {
          const a = view.states[i];
          const b = view.states[j];
          rows.push([
            a.iso3,
            a.name,
            a.un_group,
            b.iso3,
            b.name,
            b.un_group,
            measure,
            finite(view.values[i * n + j]),
            view.joint[i * n + j],
            ids.length,
          ]);
        }
      return {
        columns: [
          'state_a_iso3',
          'state_a',
          'state_a_un_group',
          'state_b_iso3',
          'state_b',
          'state_b_un_group',
          'measure',
          'value',
          'joint_votes',
          'roll_calls',
        ],
        rows,
      };
    },
  };
}

/** Per state in scope: answered items, map coordinates and cluster (empty when not placed). */
export function opinionStatesDataset(run: OpinionRun, meta: OpinionMeta): DatasetSpec {
  const m = meta.items.length;
  return {
    name: 'opinion-map-states',
    title: 'Opinion map: states',
    description: `One row per state in scope: UN regional group, items answered of the ${m} chosen, whether it is placed on the map (at least ${run.minAnswers} answers), its two map coordinates (principal components; x explains ${(run.explained[0] * 100).toFixed(1)} % and y ${(run.explained[1] * 100).toFixed(1)} % of the variance) and its k-means cluster (k = ${run.k ?? 'none'}). ${IN_BROWSER}`,
    sql: '',
    cells: () => ({
      columns: ['iso3', 'name', 'un_group', 'answered', 'items', 'placed', 'x', 'y', 'cluster'],
      rows: meta.states.map((s, i) => {
        const placed = Number.isFinite(run.coords[2 * i]);
        return [
          s.iso3,
          s.name,
          s.un_group,
          run.answered[i],
          m,
          placed,
          finite(run.coords[2 * i]),
          finite(run.coords[2 * i + 1]),
          run.labels[i] >= 0 ? clusterName(run.labels[i]) : null,
        ];
      }),
    }),
  };
}

/** The per-list measure columns of the opinion-map items file, in file order. */
const MEASURE_COLUMNS = [
  'cluster',
  'direction',
  'share_cluster',
  'share_rest',
  'z',
  'p',
  'consensus',
  'spread',
  'high_cluster',
  'low_cluster',
] as const;
type MeasureColumn = (typeof MEASURE_COLUMNS)[number];

/** The item lists beside the map: representative items per cluster, bridges, divisive and thin items. */
export function opinionItemsDataset(run: OpinionRun, meta: OpinionMeta): DatasetSpec {
  const k = run.k ?? 0;
  const ks = Array.from({ length: k }, (_, c) => c);
  return {
    name: 'opinion-map-items',
    title: 'Opinion map: representative, bridge and divisive items',
    description: `One row per item in each list shown: representative (where a cluster differs from the rest; share_cluster vs share_rest, two-proportion z and p), bridge (group-informed consensus across clusters), divisive (spread between the highest and lowest cluster) and thin (too few answers to compare). share_cluster_N and answered_cluster_N give each cluster's support share and answers. Survey items are illustrative, never states' answers (see caveat). ${IN_BROWSER}`,
    sql: '',
    cells: () => {
      const it = (j: number) => meta.items[j];
      const perCluster = (j: number, shares: (number | null)[] | null): Cell[] =>
        ks.flatMap((c) => [shares ? (shares[c] ?? null) : null, run.answeredByCluster[c * meta.items.length + j] ?? 0]);
      // Each list fills only its own measures; the rest of the row is empty. Columns and values
      // come from one list of names, so they cannot drift apart.
      const row = (
        list: string,
        j: number,
        measures: Partial<Record<MeasureColumn, Cell>>,
        shares: (number | null)[] | null,
      ): Cell[] => [
        list,
        it(j).item,
        itemLabel(it(j)),
        it(j).family,
        it(j).caveat,
        ...MEASURE_COLUMNS.map((col) => measures[col] ?? null),
        ...perCluster(j, shares),
      ];
      const rows: Cell[][] = [];
      run.representative.forEach((reps, c) =>
        reps.forEach((r) =>
          rows.push(
            row(
              'representative',
              r.item,
              {
                cluster: clusterName(c),
                direction: r.direction,
                share_cluster: r.share1,
                share_rest: r.share2,
                z: r.z,
                p: r.p,
              },
              null,
            ),
          ),
        ),
      );
      for (const b of run.bridges) rows.push(row('bridge', b.item, { consensus: b.consensus }, b.shares));
      for (const d of run.divisive)
        rows.push(
          row(
            'divisive',
            d.item,
            { spread: d.spread, high_cluster: clusterName(d.high), low_cluster: clusterName(d.low) },
            d.shares,
          ),
        );
      for (const t of run.thin) rows.push(row('thin', t.item, {}, null));
      return {
        columns: [
          'list',
          'item',
          'item_label',
          'family',
          'caveat',
          ...MEASURE_COLUMNS,
          ...ks.flatMap((c) => [`share_cluster_${c + 1}`, `answered_cluster_${c + 1}`]),
        ],
        rows,
      };
    },
  };
}
