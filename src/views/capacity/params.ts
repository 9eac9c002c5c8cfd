import { GCI_PILLARS, type CapacityGrouping, type GciPillar } from '../../queries/capacity';
import type { BenchmarkKind } from '../../analysis/capacity-cells';
import { declareParams, local, number, oneOf, SHARED } from '../../state/params';

/** Default threshold: half the pillar maximum, as in the issue ("under 10 of 20"). */
export const DEFAULT_THRESHOLD = 10;
/** The pillar scale the threshold is written on. */
export const PILLAR_MAX = 20;

/** Groupings offered, in menu order, with their labels. */
export const GROUPINGS: { id: CapacityGrouping; label: string }[] = [
  { id: 'group', label: 'UN regional group' },
  { id: 'region', label: 'Region (M49)' },
  { id: 'income', label: 'Income group' },
  { id: 'ldc', label: 'Least developed countries' },
  { id: 'sids', label: 'Small island developing states' },
];

/** The capacity view's settings, each shareable as a link (a mistyped one falls back to its default). */
export const capacityUrl = declareParams('capacity', {
  /** selected state (`state=KEN`), shared with the other views */
  state: SHARED.state,
  /** map form (`map=geo`), shared */
  map: SHARED.map,
  /** pillar of the distribution, the map and the per-pillar gap list (`pillar=`) */
  pillar: local(oneOf(GCI_PILLARS.map((x) => x.id) as GciPillar[]), 'overall'),
  /** `bench=max|q3` */
  bench: local(oneOf<BenchmarkKind>(['max', 'q3']), 'max'),
  /** "under" cut-off on the 0–20 pillar scale (`threshold=`, default 10) */
  threshold: local(number({ min: 0, max: PILLAR_MAX }), DEFAULT_THRESHOLD),
  /** what states are grouped by (`by=`, default UN regional group) */
  by: local(oneOf<CapacityGrouping>(GROUPINGS.map((g) => g.id)), 'group'),
  /** gap list over all pillars or only the chosen one (`gaps=pillar`) */
  gaps: local(oneOf(['all', 'pillar'] as const), 'all'),
});

/** The capacity view's settings as typed values. */
export type CapacityParams = typeof capacityUrl.value;

/** The settings a raw parameter record gives (pure; the view reads `capacityUrl.value`). */
export function capacityParams(raw: Record<string, string>): CapacityParams {
  return capacityUrl.read(raw);
}

/** Maximum score of a pillar (100 overall, 20 each pillar). */
export function pillarMax(pillar: string): number {
  return GCI_PILLARS.find((x) => x.id === pillar)?.max ?? PILLAR_MAX;
}

/** Label of a pillar. */
export function pillarLabel(pillar: string): string {
  return GCI_PILLARS.find((x) => x.id === pillar)?.label ?? pillar;
}

/**
 * The threshold on a pillar's own scale: the same share of the maximum, so "10 of 20" on a
 * pillar is "50 of 100" on the overall score.
 */
export function thresholdFor(pillar: string, threshold: number): number {
  return (threshold * pillarMax(pillar)) / PILLAR_MAX;
}
