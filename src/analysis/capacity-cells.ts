/**
 * Capacity gaps per group × pillar (DESIGN §5): the box-plot numbers and share under a threshold
 * from `summariseByGroup`, plus the median distance to a benchmark from `capacityGaps`, and a
 * ranking of the cells by how much capacity-building they call for. Missing scores are counted
 * apart in every cell and never treated as 0 or as "under".
 */

import { benchmarkValue, capacityGaps, type CapacityScore } from './capacity-gap';
import { summariseByGroup, type GroupSummary } from './group-summary';
import { median } from './quantile';

/** A state's score on one pillar with the group it is summarised in. */
export interface GroupedScore extends CapacityScore {
  readonly group: string;
}

/** One group × pillar cell. */
export interface CapacityCell extends GroupSummary {
  readonly pillar: string;
  /** the threshold the `under` count used */
  readonly threshold: number;
  /** benchmark of the pillar; null when no state anywhere has a score on it */
  readonly benchmark: number | null;
  /** median over the group's scored states of max(0, benchmark − score); null when n = 0 */
  readonly medianGap: number | null;
}

/** Which benchmark the gap is measured to: the pillar's maximum, or the global top quartile. */
export type BenchmarkKind = 'max' | 'q3';

/**
 * Benchmark per pillar. Computed over every state given (pass all states, not the filtered
 * ones) so the global top quartile does not move when the filter changes.
 * @param all scores of all states, long format
 * @param kind maximum or top quartile
 * @param maxOf the maximum possible score of a pillar
 */
export function pillarBenchmarks(
  all: readonly CapacityScore[],
  kind: BenchmarkKind,
  maxOf: (pillar: string) => number,
): Map<string, number | null> {
  const byPillar = new Map<string, (number | null)[]>();
  for (const r of all) {
    const list = byPillar.get(r.pillar);
    if (list) list.push(r.score);
    else byPillar.set(r.pillar, [r.score]);
  }
  const out = new Map<string, number | null>();
  for (const [pillar, scores] of byPillar) {
    out.set(
      pillar,
      benchmarkValue(scores, kind === 'max' ? { kind: 'maximum', value: maxOf(pillar) } : { kind: 'topQuartile' }),
    );
  }
  return out;
}

/**
 * Summaries of every group × pillar for the states given (normally the states in scope).
 * Cells come pillar by pillar in order of first appearance, groups likewise within a pillar.
 * @param rows scores of the states to summarise, each with its group
 * @param thresholdOf the "under" cut-off per pillar (pillars differ in scale)
 * @param benchmarks from `pillarBenchmarks`
 */
export function capacityCells(
  rows: readonly GroupedScore[],
  thresholdOf: (pillar: string) => number,
  benchmarks: ReadonlyMap<string, number | null>,
): CapacityCell[] {
  const byPillar = new Map<string, GroupedScore[]>();
  for (const r of rows) {
    const list = byPillar.get(r.pillar);
    if (list) list.push(r);
    else byPillar.set(r.pillar, [r]);
  }
  const cells: CapacityCell[] = [];
  for (const [pillar, list] of byPillar) {
    const threshold = thresholdOf(pillar);
    const benchmark = benchmarks.get(pillar) ?? null;
    // Gaps to a fixed value: the benchmark was already fixed globally.
    const gaps = benchmark === null ? null : capacityGaps(list, { kind: 'maximum', value: benchmark });
    const gapsByGroup = new Map<string, (number | null)[]>();
    list.forEach((r, i) => {
      const g = gaps ? gaps[i].gap : null;
      const l = gapsByGroup.get(r.group);
      if (l) l.push(g);
      else gapsByGroup.set(r.group, [g]);
    });
    for (const s of summariseByGroup(
      list.map((r) => ({ group: r.group, value: r.score })),
      threshold,
    )) {
      cells.push({ ...s, pillar, threshold, benchmark, medianGap: median(gapsByGroup.get(s.group) ?? []) });
    }
  }
  return cells;
}

/**
 * Cells ordered from the biggest gap down: highest share of scored states under the threshold,
 * then more states under, then the larger median distance to the benchmark. Cells with no
 * scored state are left out (nothing is known about them); callers report their missing states.
 */
export function rankCapacityGaps(cells: readonly CapacityCell[]): CapacityCell[] {
  return cells
    .filter((c) => c.n > 0)
    .sort(
      (a, b) =>
        (b.shareUnder ?? 0) - (a.shareUnder ?? 0) ||
        (b.under ?? 0) - (a.under ?? 0) ||
        (b.medianGap ?? 0) - (a.medianGap ?? 0),
    );
}
