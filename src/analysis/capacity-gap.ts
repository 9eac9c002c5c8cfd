/**
 * Capacity gap (DESIGN §5): per state and pillar, how far a score sits below a benchmark.
 * A missing score stays missing: a state the index did not assess has an unknown gap, not the
 * largest one.
 */

import { quantileSorted, sortedPresent } from './quantile';

/** What the gap is measured to. */
export type Benchmark =
  /** a fixed value, normally the maximum possible score of the pillar */
  | { readonly kind: 'maximum'; readonly value: number }
  /** the pillar's top-quartile score (type-7 quantile at 0.75) over the rows given */
  | { readonly kind: 'topQuartile' };

/** One state's score on one pillar; null when not assessed. */
export interface CapacityScore {
  readonly state: string;
  readonly pillar: string;
  readonly score: number | null;
}

/** A score with its benchmark and gap. */
export interface CapacityGap extends CapacityScore {
  /** null only for a top-quartile benchmark of a pillar nobody was scored on */
  readonly benchmark: number | null;
  /** max(0, benchmark − score); null when the score or benchmark is missing */
  readonly gap: number | null;
}

/**
 * The benchmark value for one pillar.
 * @param scores that pillar's scores (missing ones null)
 * @param benchmark which benchmark
 */
export function benchmarkValue(scores: Iterable<number | null>, benchmark: Benchmark): number | null {
  if (benchmark.kind === 'maximum') return benchmark.value;
  return quantileSorted(sortedPresent(scores), 0.75);
}

/**
 * Gap of every score to its pillar's benchmark. A state at or above the benchmark has gap 0:
 * there is nothing to close. Pass all states (not just the filtered ones) so a top-quartile
 * benchmark is global and does not move with the filter.
 * @param rows scores, long format (state × pillar)
 * @param benchmark which benchmark
 */
export function capacityGaps(rows: readonly CapacityScore[], benchmark: Benchmark): CapacityGap[] {
  const byPillar = new Map<string, (number | null)[]>();
  for (const row of rows) {
    const list = byPillar.get(row.pillar);
    if (list) list.push(row.score);
    else byPillar.set(row.pillar, [row.score]);
  }
  const benchmarks = new Map<string, number | null>();
  for (const [pillar, scores] of byPillar) benchmarks.set(pillar, benchmarkValue(scores, benchmark));
  return rows.map((row) => {
    const value = benchmarks.get(row.pillar) ?? null;
    const gap = value === null || row.score === null || Number.isNaN(row.score) ? null : Math.max(0, value - row.score);
    return { ...row, benchmark: value, gap };
  });
}
