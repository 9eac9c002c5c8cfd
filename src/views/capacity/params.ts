import { GCI_PILLARS, type CapacityGrouping, type GciPillar } from '../../queries/capacity';
import type { BenchmarkKind } from '../../analysis/capacity-cells';

/** The capacity view's settings, read from the URL hash (every one shareable as a link). */
export interface CapacityParams {
  /** pillar of the distribution, the map and the per-pillar gap list (`pillar=`) */
  pillar: GciPillar;
  /** `bench=max|q3` */
  bench: BenchmarkKind;
  /** "under" cut-off on the 0–20 pillar scale (`threshold=`, default 10) */
  threshold: number;
  /** what states are grouped by (`by=`, default UN regional group) */
  by: CapacityGrouping;
  /** gap list over all pillars or only the chosen one (`gaps=pillar`) */
  gaps: 'all' | 'pillar';
  /** map form (`map=geo`) */
  map: 'tiles' | 'geo';
  /** selected state (`state=KEN`), shared with the other views */
  state: string | null;
}

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

/**
 * Read the settings from URL parameters; anything unreadable falls back to its default so a
 * hand-edited link still opens the view.
 */
export function capacityParams(p: Record<string, string>): CapacityParams {
  const t = Number(p.threshold);
  return {
    pillar: (GCI_PILLARS.find((x) => x.id === p.pillar)?.id ?? 'overall') as GciPillar,
    bench: p.bench === 'q3' ? 'q3' : 'max',
    threshold: p.threshold !== undefined && p.threshold !== '' && Number.isFinite(t) && t >= 0 && t <= PILLAR_MAX ? t : DEFAULT_THRESHOLD,
    by: GROUPINGS.find((g) => g.id === p.by)?.id ?? 'group',
    gaps: p.gaps === 'pillar' ? 'pillar' : 'all',
    map: p.map === 'geo' ? 'geo' : 'tiles',
    state: p.state && /^[A-Z]{3}$/.test(p.state) ? p.state : null,
  };
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
