import { MEASURE_RUNG, rungCounts } from '../../analysis/evidence-ladder';
import type { EvidenceKindRow, EvidenceLadderRow } from '../../queries/norm-evidence';
import { groupOf, groupsPresent, type Grouping } from './model';

/**
 * Turns the evidence ladder rows (one per State in scope) into what the Norms view draws:
 * per norm the distribution over rungs, the States with no evidence and the group comparison
 * on the share at or above "measure in place". Counting only; the ladder is analysis/'s.
 */

/** One State's rungs, decoded. */
export interface EvidenceState {
  iso3: string;
  name: string;
  unGroup: string | null;
  region: string;
  inOrg: boolean;
  /** highest rung per norm, in norm order */
  rungs: number[];
  /** per norm: an imported row is among the evidence */
  imported: boolean[];
  /** per norm: a measure in place is among the evidence */
  measures: boolean[];
}

/** Decode a ladder row. */
export function decodeEvidence(r: EvidenceLadderRow): EvidenceState {
  return {
    iso3: r.iso3,
    name: r.name,
    unGroup: r.un_group,
    region: r.region,
    inOrg: r.in_org,
    rungs: [...r.rungs].map(Number),
    imported: [...r.imported].map((c) => c === 'u'),
    measures: [...r.measures].map((c) => c === 'm'),
  };
}

/** One group's share of States at or above "measure in place" on a norm. */
export interface EvidenceGroupCell {
  group: string;
  members: number;
  atMeasure: number;
}

/** Everything the view says about one norm. */
export interface NormEvidenceSummary {
  normId: string;
  inScope: number;
  /** States per highest rung 0..4 */
  counts: number[];
  withEvidence: number;
  /** States with at least one measure in place */
  withMeasure: number;
  noEvidence: EvidenceState[];
  kinds: EvidenceKindRow[];
  byGroup: EvidenceGroupCell[];
}

/** Per norm summaries for the States in scope. */
export function summariseEvidence(
  states: readonly EvidenceState[],
  normIds: readonly string[],
  kinds: readonly EvidenceKindRow[],
  grouping: Grouping,
): NormEvidenceSummary[] {
  const groups = groupsPresent(states, grouping);
  return normIds.map((normId, i) => {
    const counts = rungCounts(states.map((s) => s.rungs[i]));
    const byGroup = groups.map((group) => {
      const m = states.filter((s) => groupOf(s, grouping) === group);
      return { group, members: m.length, atMeasure: m.filter((s) => s.rungs[i] >= MEASURE_RUNG).length };
    });
    return {
      normId,
      inScope: states.length,
      counts,
      withEvidence: states.length - counts[0],
      withMeasure: states.filter((s) => s.measures[i]).length,
      noEvidence: states.filter((s) => s.rungs[i] === 0),
      kinds: kinds.filter((k) => k.norm_id === normId),
      byGroup,
    };
  });
}

/** Words for the kinds of evidence. */
export const KIND_LABELS: Readonly<Record<string, string>> = {
  self_reported: 'national implementation report',
  survey_submission: 'survey submission',
  measure_in_place: 'law, institution or treaty in force',
  legal_obligation: 'external legal duty (transposition not verified)',
  measure_planned_or_signed: 'treaty signed or measure planned',
  cbm_engagement: 'engagement in a CBM tool',
  commitment_only: 'political commitment (coalition, joint statement)',
  regional_commitment: 'regional subscription to the norms',
  vote_for_norms_resolution: 'vote for a resolution calling on States to be guided by the norms',
  regional_membership: 'regional framework through membership (OSCE CBMs, ASEAN, OAS, ARF, AU)',
  consensus_adoption: 'consensus adoption (every Member joined)',
  capacity_score: 'capacity score (context, never a rung)',
};

/** A kind's label. */
export const kindLabel = (k: string) => KIND_LABELS[k] ?? k.replaceAll('_', ' ');

/** Share at or above "measure in place" in words, with counts ("3 of 54 (6%)"). */
export function measureShare(c: { members: number; atMeasure: number }): string {
  if (c.members === 0) return '—';
  return `${c.atMeasure} of ${c.members} (${Math.round((100 * c.atMeasure) / c.members)}%)`;
}
