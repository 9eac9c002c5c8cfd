import type { StateVotesRow } from '../../queries/alignment-votes';
import type { OpinionMeta } from './opinion-model';
import type { Overlay } from './params';
import type { OpinionRun } from '../../state/opinion-map.svelte';
import type { ScatterPoint } from '../../charts/alignment-types';
import type { LegendSpec } from '../../charts/map-types';
import { GROUP_COLORS } from '../../charts/colors';
import { CLUSTER_COLORS, MEMBER_COLORS } from '../../charts/alignment-colors';
import { TRACK_SHORT } from './labels';

/** "Cluster 1" … in the canonical k-means order (left to right on the first axis). */
export const clusterName = (c: number): string => `Cluster ${c + 1}`;

/** Is the state a current member of the organisation? */
export const memberOf = (s: StateVotesRow, org: string): boolean => s.orgs.split('|').includes(org);

/** Colour of state i under an overlay. */
export function overlayColor(overlay: Overlay, s: StateVotesRow, label: number): string {
  if (overlay.kind === 'group') return s.un_group ? (GROUP_COLORS[s.un_group] ?? '#999') : '#999';
  if (overlay.kind === 'org') return memberOf(s, overlay.org) ? MEMBER_COLORS.member : MEMBER_COLORS.other;
  return label >= 0 ? CLUSTER_COLORS[label % CLUSTER_COLORS.length] : '#999';
}

/** The legend that explains the overlay's colours. */
export function overlayLegend(overlay: Overlay, k: number | null, orgName: string): LegendSpec {
  if (overlay.kind === 'group')
    return {
      kind: 'categorical',
      label: 'UN regional group',
      entries: Object.entries(GROUP_COLORS).map(([label, color]) => ({ label, color })),
    };
  if (overlay.kind === 'org')
    return {
      kind: 'categorical',
      label: orgName,
      entries: [
        { label: 'member', color: MEMBER_COLORS.member },
        { label: 'not a member', color: MEMBER_COLORS.other },
      ],
    };
  return {
    kind: 'categorical',
    label: 'Cluster (k-means)',
    entries: Array.from({ length: k ?? 0 }, (_, c) => ({ label: clusterName(c), color: CLUSTER_COLORS[c] })),
  };
}

/** Placed states as scatter points with their tooltip lines. */
export function scatterPoints(run: OpinionRun, meta: OpinionMeta, overlay: Overlay): ScatterPoint[] {
  const m = meta.items.length;
  const points: ScatterPoint[] = [];
  // States with identical answers share one spot; the tooltip names how many are stacked there.
  const spot = (i: number) => `${run.coords[2 * i].toFixed(6)},${run.coords[2 * i + 1].toFixed(6)}`;
  const stacked = new Map<string, number>();
  meta.states.forEach(
    (_, i) => Number.isFinite(run.coords[2 * i]) && stacked.set(spot(i), (stacked.get(spot(i)) ?? 0) + 1),
  );
  meta.states.forEach((s, i) => {
    const x = run.coords[2 * i];
    const y = run.coords[2 * i + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    const label = run.labels[i];
    points.push({
      iso3: s.iso3,
      name: s.name,
      x,
      y,
      color: overlayColor(overlay, s, label),
      lines: [
        `${s.name} (${s.iso3})`,
        `answered ${run.answered[i]} of ${m} items`,
        s.un_group ?? 'no UN regional group',
        label >= 0 ? clusterName(label) : 'not clustered',
        ...((stacked.get(spot(i)) ?? 1) > 1
          ? [`${(stacked.get(spot(i)) ?? 1) - 1} other states at the same spot (identical answers)`]
          : []),
      ],
    });
  });
  return points;
}

/**
 * The states nearest to state i on the map (Euclidean distance in map coordinates).
 * @returns matrix rows, nearest first
 */
export function nearestOnMap(run: OpinionRun, i: number, count: number): number[] {
  const x = run.coords[2 * i];
  const y = run.coords[2 * i + 1];
  if (!Number.isFinite(x)) return [];
  const others: { j: number; d: number }[] = [];
  for (let j = 0; j < run.labels.length; j++) {
    const xj = run.coords[2 * j];
    if (j === i || !Number.isFinite(xj)) continue;
    others.push({ j, d: Math.hypot(xj - x, run.coords[2 * j + 1] - y) });
  }
  return others
    .sort((a, b) => a.d - b.d || a.j - b.j)
    .slice(0, count)
    .map((o) => o.j);
}

/** An item's label with what it is: roll calls get their track ("77/37 PoA"). */
export function itemLabel(it: { label: string; track: string | null }): string {
  return it.track ? `${it.label} ${TRACK_SHORT[it.track] ?? it.track}` : it.label;
}

/** Answers of cluster c on item j, for the coverage shown beside a share. */
export function clusterAnswered(run: OpinionRun, c: number, j: number, items: number): number {
  return run.answeredByCluster[c * items + j] ?? 0;
}
