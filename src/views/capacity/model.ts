import { capacityGaps } from '../../analysis/capacity-gap';
import {
  capacityCells,
  pillarBenchmarks,
  rankCapacityGaps,
  type CapacityCell,
  type GroupedScore,
} from '../../analysis/capacity-cells';
import type { CapacityScoreRow } from '../../queries/capacity';
import { groupOf, sortGroups } from './groups';
import { pillarMax, thresholdFor, type CapacityParams } from './params';

/** Everything the heat map and the gap list need, for the states in scope. */
export interface CapacityCellsModel {
  /** groups with at least one state in scope, in display order */
  groups: string[];
  /** every pillar × group cell; key `${pillar}|${group}` */
  cells: Map<string, CapacityCell>;
  /** every cell in pillar order (input of `rankedGaps`) */
  list: CapacityCell[];
  /** benchmark per pillar (global, not filtered) */
  benchmarks: Map<string, number | null>;
}

/** Key of a cell in `CapacityCellsModel.cells`. */
export const cellKey = (pillar: string, group: string): string => `${pillar}|${group}`;

/** Scores of the states in scope with their group under the chosen grouping. */
export function scopedScores(
  rows: readonly CapacityScoreRow[],
  scope: ReadonlySet<string>,
  p: Pick<CapacityParams, 'by'>,
): GroupedScore[] {
  return rows
    .filter((r) => scope.has(r.iso3))
    .map((r) => ({ state: r.iso3, group: groupOf(r, p.by), pillar: r.pillar, score: r.score }));
}

/**
 * Heat-map cells. The top-quartile benchmark is taken over every state the index scored (all
 * rows), so it is the same whatever the filter. Depends only on grouping, benchmark and
 * threshold, so changing the pillar does not recompute it.
 */
export function buildCells(
  rows: readonly CapacityScoreRow[],
  scope: ReadonlySet<string>,
  p: Pick<CapacityParams, 'by' | 'bench' | 'threshold'>,
): CapacityCellsModel {
  const all = rows.map((r) => ({ state: r.iso3, pillar: r.pillar, score: r.score }));
  const benchmarks = pillarBenchmarks(all, p.bench, pillarMax);
  const scoped = scopedScores(rows, scope, p);
  const list = capacityCells(scoped, (pillar) => thresholdFor(pillar, p.threshold), benchmarks);
  const cells = new Map(list.map((c) => [cellKey(c.pillar, c.group), c]));
  return {
    groups: sortGroups(
      p.by,
      scoped.map((s) => s.group),
    ),
    cells,
    list,
    benchmarks,
  };
}

/**
 * The gap list: the five pillars' cells ("all"; the overall score is their sum, not a sixth
 * area) or only the chosen pillar's, biggest gap first.
 */
export function rankedGaps(model: CapacityCellsModel, p: Pick<CapacityParams, 'gaps' | 'pillar'>): CapacityCell[] {
  return rankCapacityGaps(
    model.list.filter((c) => (p.gaps === 'all' ? c.pillar !== 'overall' : c.pillar === p.pillar)),
  );
}

/** A state on the distribution chart. */
export interface ScoreDot {
  iso3: string;
  name: string;
  score: number;
  /** distance to the pillar's benchmark, 0 at or above it; null without a benchmark */
  gap: number | null;
}

/** A state in scope without a score on the chosen pillar, and why. */
export interface MissingScore {
  iso3: string;
  name: string;
  why: string;
}

/** One row of the distribution chart: the dots of a group and the states it lacks scores for. */
export interface DistributionRow {
  group: string;
  dots: ScoreDot[];
  missing: MissingScore[];
  cell: CapacityCell | null;
}

/** Why a score is absent, in words, from the row's flags. */
export function missingReason(r: Pick<CapacityScoreRow, 'has_record' | 'withheld'>): string {
  if (!r.has_record) return 'no GCI 2020 record';
  if (r.withheld) return 'score withheld (inconsistent extraction)';
  return 'pillar missing in the source';
}

/** The same reason in one or two words, for tight table cells. */
export function missingShort(r: Pick<CapacityScoreRow, 'has_record' | 'withheld'>): string {
  if (!r.has_record) return 'no record';
  return r.withheld ? 'withheld' : 'not in source';
}

/** Per group, the chosen pillar's scores of the states in scope (for the dot plot). */
export function distributionRows(
  rows: readonly CapacityScoreRow[],
  scope: ReadonlySet<string>,
  p: CapacityParams,
  model: CapacityCellsModel,
): DistributionRow[] {
  const byGroup = new Map<string, DistributionRow>();
  for (const g of model.groups)
    byGroup.set(g, { group: g, dots: [], missing: [], cell: model.cells.get(cellKey(p.pillar, g)) ?? null });
  for (const r of rows) {
    if (r.pillar !== p.pillar || !scope.has(r.iso3)) continue;
    const row = byGroup.get(groupOf(r, p.by));
    if (!row) continue;
    if (r.score === null) row.missing.push({ iso3: r.iso3, name: r.name, why: missingReason(r) });
    else row.dots.push({ iso3: r.iso3, name: r.name, score: r.score, gap: null });
  }
  const benchmark = model.benchmarks.get(p.pillar) ?? null;
  const out = [...byGroup.values()];
  if (benchmark === null) return out;
  return out.map((row) => {
    const gaps = capacityGaps(
      row.dots.map((d) => ({ state: d.iso3, pillar: p.pillar, score: d.score })),
      { kind: 'maximum', value: benchmark },
    );
    return { ...row, dots: row.dots.map((d, i) => ({ ...d, gap: gaps[i].gap })) };
  });
}
