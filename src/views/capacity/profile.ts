import { capacityGaps } from '../../analysis/capacity-gap';
import { median } from '../../analysis/quantile';
import { GCI_PILLARS, type CapacityScoreRow } from '../../queries/capacity';
import { groupOf } from './groups';
import { missingShort } from './model';
import type { CapacityParams } from './params';

/** One pillar of a state's profile. */
export interface ProfileBar {
  pillar: string;
  label: string;
  max: number;
  /** null when missing (short reason in `why`: no record, withheld, not in source) */
  score: number | null;
  why: string | null;
  /** median of every state in the same group with a score (filter-independent) */
  groupMedian: number | null;
  groupN: number;
  benchmark: number | null;
  /** max(0, benchmark − score); null when either is missing */
  gap: number | null;
}

/** A state's capacity profile: each pillar against its group's median and the benchmark. */
export interface CapacityProfile {
  iso3: string;
  name: string;
  group: string;
  inScope: boolean;
  hasRecord: boolean;
  note: string | null;
  sourceId: string | null;
  bars: ProfileBar[];
}

/**
 * Profile of one state. Its group's median is taken over all states of the group (not only
 * those in scope), so the comparison does not shift when the filter changes.
 */
export function capacityProfile(
  rows: readonly CapacityScoreRow[],
  iso3: string,
  p: CapacityParams,
  benchmarks: ReadonlyMap<string, number | null>,
  scope: ReadonlySet<string>,
): CapacityProfile | null {
  const own = rows.filter((r) => r.iso3 === iso3);
  if (own.length === 0) return null;
  const group = groupOf(own[0], p.by);
  const peers = rows.filter((r) => groupOf(r, p.by) === group);
  const bars = GCI_PILLARS.flatMap((pl) => {
    const r = own.find((x) => x.pillar === pl.id);
    if (!r) return [];
    const scores = peers.filter((x) => x.pillar === pl.id).map((x) => x.score);
    const benchmark = benchmarks.get(pl.id) ?? null;
    return [
      {
        pillar: pl.id,
        label: pl.label,
        max: pl.max,
        score: r.score,
        why: r.score === null ? missingShort(r) : null,
        groupMedian: median(scores),
        groupN: scores.filter((s) => s !== null).length,
        benchmark,
        gap:
          benchmark === null
            ? null
            : capacityGaps([{ state: iso3, pillar: pl.id, score: r.score }], { kind: 'maximum', value: benchmark })[0]
                .gap,
      },
    ];
  });
  return {
    iso3,
    name: own[0].name,
    group,
    inScope: scope.has(iso3),
    hasRecord: own[0].has_record,
    note: own.find((r) => r.note)?.note ?? null,
    sourceId: own.find((r) => r.source_id)?.source_id ?? null,
    bars,
  };
}
