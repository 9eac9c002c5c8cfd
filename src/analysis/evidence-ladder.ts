/**
 * The evidence ladder (DESIGN §5): per State × norm, the highest rung of cited evidence.
 *
 *   0 none · 1 committed · 2 planned or signed · 3 measure in place · 4 self-reported implementation
 *
 * Defined once here; the build (table `norm_evidence`), the queries and the views read it.
 * Capacity scores (ITU GCI) are context and never a rung. A rung says what kind of document
 * exists, not how well a State implements a norm: one law does not implement a whole norm.
 */

/** Rungs, lowest first; the index is the rung number. */
export const RUNGS = ['none', 'committed', 'planned', 'measure', 'self_reported'] as const;
export type Rung = (typeof RUNGS)[number];

/** Words for each rung, as the screen shows them. */
export const RUNG_LABELS: Record<Rung, string> = {
  none: 'no evidence',
  committed: 'committed',
  planned: 'planned or signed',
  measure: 'measure in place',
  self_reported: 'self-reported implementation',
};

/** One-line meaning of each rung (legends, tooltips). */
export const RUNG_MEANING: Record<Rung, string> = {
  none: 'No cited document links the State to the norm.',
  committed:
    'A political commitment: voted for a resolution calling on States to be guided by the norms, a regional statement, coalition membership or CBM engagement. Not implementation.',
  planned:
    'A treaty signed but not ratified, a policy announced, or an external legal duty whose national transposition is not verified.',
  measure:
    'A law, institution or treaty ratification that serves the norm is in force. Evidence for that measure, not for the whole norm.',
  self_reported: 'The State’s own document (national report, survey submission) says how it implements the norm.',
};

/** The rung a coded status of norm-evidence/DATA.md stands on; null = context only (capacity scores). */
export const CODED_STATUS_RUNG: Readonly<Record<string, number | null>> = {
  self_reported: 4,
  measure_in_place: 3,
  legal_obligation: 2,
  measure_planned_or_signed: 2,
  cbm_engagement: 1,
  commitment_only: 1,
  regional_commitment: 1,
  capacity_score: null,
};

/** Rung "measure in place": group comparisons use the share of States at or above it. */
export const MEASURE_RUNG = 3;

/**
 * Norms that ask States to refrain (c: territory knowingly used; f: no activity damaging
 * critical infrastructure; k: no harm to CERTs). Only a State's own report can evidence restraint.
 */
export const RESTRAINT_NORMS: readonly string[] = ['c', 'f', 'k'];

/** Sentence shown with a restraint norm. */
export const RESTRAINT_NOTE =
  'This norm asks States to refrain from something: only a State’s own report can evidence it. Laws, institutions and capacity scores cannot.';

/** SQL CASE mapping a coded_status column to its rung (NULL for context rows). */
export function rungSql(column: string): string {
  const arms = Object.entries(CODED_STATUS_RUNG).map(([s, r]) => `WHEN '${s}' THEN ${r === null ? 'NULL' : r}`);
  return `CAST(CASE ${column} ${arms.join(' ')} END AS INTEGER)`;
}

/** Highest rung among pieces of evidence (0 when there is none). */
export function highestRung(rungs: Iterable<number | null>): number {
  let best = 0;
  for (const r of rungs) if (r !== null && r > best) best = r;
  return best;
}

/**
 * Distribution of States over rungs: counts[r] = States whose highest rung is r.
 * @param best highest rung per State in scope (0 = no evidence)
 */
export function rungCounts(best: Iterable<number>): number[] {
  const counts = RUNGS.map(() => 0);
  for (const r of best) counts[Math.max(0, Math.min(RUNGS.length - 1, r))] += 1;
  return counts;
}

/** States at or above a rung, from a distribution. */
export function atOrAbove(counts: readonly number[], rung: number): number {
  return counts.slice(rung).reduce((a, b) => a + b, 0);
}

/**
 * The verdict in words, before any statistic, e.g. "Evidence for 24 of 193 states in scope;
 * 9 with a measure in place; 2 self-reported".
 * @param counts States per highest rung (rungCounts)
 * @param withMeasure States with at least one measure in place (also those whose highest rung is a self-report)
 */
export function verdict(counts: readonly number[], withMeasure: number): string {
  const inScope = counts.reduce((a, b) => a + b, 0);
  const any = inScope - counts[0];
  return `Evidence for ${any} of ${inScope} states in scope; ${withMeasure} with a measure in place; ${counts[4]} self-reported`;
}
