import { compareNames } from '../../vocab/format';
import { coverage, MEASURE_SCALE, supportShare, type MeasureStatus } from '../../analysis/ordinal';
import { itemMeasures, type GroupCounts } from '../../analysis/item-measures';
import type { GroupGap } from '../../analysis/divergence';
import type { NormState } from '../../queries/norm-wire';
import { GAP_MIN_ANSWERS } from '../../analysis/measures';
import { NO_GROUP, UN_GROUPS } from '../../vocab/groups';

/**
 * Turns the states in scope and their answers into what the norms view draws: per norm the
 * DESIGN §5 measures, per norm × group the support share and coverage. All measures come from
 * analysis/ (itemMeasures composes them); this file only counts and groups.
 */

/** What states are compared by: UN regional group, M49 region, or one organisation vs the rest. */
export interface Grouping {
  kind: 'group' | 'region' | 'org';
  /** the organisation for kind 'org' */
  org: string | null;
}

/** Label for states outside every UN regional group (the observer states). */
export { NO_GROUP };
/** Label for the states outside the compared organisation. */
export const REST = 'Rest';
/** A group needs this many answers to take part in the widest gap: the one minimum (analysis/measures.ts). */
export { GAP_MIN_ANSWERS };

const GROUP_ORDER: readonly string[] = [...UN_GROUPS, NO_GROUP];

/** The fields a grouping reads (survey answers and evidence rungs share them). */
export type Groupable = Pick<NormState, 'unGroup' | 'region' | 'inOrg'>;

/** The group a state is counted in under a grouping. */
export function groupOf(s: Groupable, g: Grouping): string {
  if (g.kind === 'region') return s.region;
  if (g.kind === 'org') return s.inOrg ? (g.org ?? 'members') : REST;
  return s.unGroup ?? NO_GROUP;
}

/** Groups present among the states, in a stable display order. */
export function groupsPresent(states: readonly Groupable[], g: Grouping): string[] {
  const present = [...new Set(states.map((s) => groupOf(s, g)))];
  const rank = (x: string) =>
    g.kind === 'group' ? GROUP_ORDER.indexOf(x) : g.kind === 'org' ? (x === REST ? 1 : 0) : 0;
  return present.sort((a, b) => rank(a) - rank(b) || compareNames(a, b));
}

/** One group's answers to one norm. */
export interface GroupCell {
  group: string;
  /** states of the group in scope */
  members: number;
  /** answers per level (none, planned, partial, implemented) */
  counts: number[];
  answered: number;
  /** MEASURE_SCALE support share; null when no member answered */
  share: number | null;
}

/** Every measure of one norm for the states in scope. */
export interface NormSummary {
  normId: string;
  inScope: number;
  answered: number;
  coverage: number | null;
  counts: number[];
  supportShare: number | null;
  consensus: number | null;
  groupConsensus: number | null;
  gap: GroupGap | null;
  etaSquared: number | null;
  byGroup: GroupCell[];
}

function countsOf(statuses: Iterable<MeasureStatus | null>): number[] {
  const counts = MEASURE_SCALE.levels.map(() => 0);
  for (const st of statuses) if (st !== null) counts[MEASURE_SCALE.levels.indexOf(st)] += 1;
  return counts;
}
const asRecord = (counts: number[]) =>
  Object.fromEntries(MEASURE_SCALE.levels.map((l, i) => [l, counts[i]])) as Record<MeasureStatus, number>;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The measures of each norm.
 * @param states states in scope, answers in `normIds` order
 * @param normIds the norms, in the order of each state's answers
 * @param grouping groups for divergence, group-informed consensus and the heat map
 */
export function summariseNorms(
  states: readonly NormState[],
  normIds: readonly string[],
  grouping: Grouping,
): NormSummary[] {
  const groups = groupsPresent(states, grouping);
  const members = new Map(groups.map((g) => [g, states.filter((s) => groupOf(s, grouping) === g)]));
  return normIds.map((normId, i) => {
    const byGroup: GroupCell[] = groups.map((group) => {
      const m = members.get(group) ?? [];
      const counts = countsOf(m.map((s) => s.answers[i].status));
      return {
        group,
        members: m.length,
        counts,
        answered: sum(counts),
        share: supportShare(asRecord(counts), MEASURE_SCALE),
      };
    });
    const counts = countsOf(states.map((s) => s.answers[i].status));
    const groupCounts: GroupCounts<MeasureStatus>[] = byGroup.map((c) => ({
      group: c.group,
      counts: asRecord(c.counts),
      silent: c.members - c.answered,
    }));
    const m = itemMeasures(asRecord(counts), groupCounts, MEASURE_SCALE, GAP_MIN_ANSWERS);
    return {
      normId,
      inScope: states.length,
      answered: m.answered,
      coverage: coverage(m.answered, states.length),
      counts,
      supportShare: m.supportShare,
      consensus: m.consensus,
      groupConsensus: m.answered === 0 ? null : m.groupConsensus,
      gap: m.divergence.gap,
      etaSquared: m.divergence.etaSquared,
      byGroup,
    };
  });
}

/** Measures the norms table can be sorted by. */
export const SORT_KEYS = ['norm', 'coverage', 'support', 'consensus', 'gic', 'divergence'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const value = (s: NormSummary, key: SortKey): number | null => {
  switch (key) {
    case 'coverage':
      return s.coverage;
    case 'support':
      return s.supportShare;
    case 'consensus':
      return s.consensus;
    case 'gic':
      return s.groupConsensus;
    case 'divergence':
      return s.gap?.gap ?? null;
    case 'norm':
      return null;
  }
};

/** Sorted copy: by the measure (missing values always last, ties by norm letter), or by letter. */
export function sortNorms(rows: readonly NormSummary[], key: SortKey, dir: 'asc' | 'desc'): NormSummary[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'norm') return sign * compareNames(a.normId, b.normId);
    const va = value(a, key);
    const vb = value(b, key);
    if (va === null || vb === null)
      return (va === null ? 1 : 0) - (vb === null ? 1 : 0) || compareNames(a.normId, b.normId);
    return sign * (va - vb) || compareNames(a.normId, b.normId);
  });
}
