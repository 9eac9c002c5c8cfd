/**
 * Public evidence the app holds on one state, for a pre-filled draft of its National Survey:
 * the strongest norm evidence per norm (when the norm_evidence table exists), its coded legal
 * stances, its GCI 2020 scores (context only) and its current regional memberships.
 */
import { lit } from './sql';

/** Per norm, the state's highest-rung piece of evidence (ties: latest year, then id). */
export function draftEvidenceSql(iso3: string): string {
  return `SELECT norm_id, rung, kind, indicator, value, year, evidence_note, coalesce(document_url, source_url) AS source, source_quality
FROM norm_evidence WHERE iso3 = ${lit(iso3)} AND norm_id IS NOT NULL AND rung IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY norm_id ORDER BY rung DESC, year DESC NULLS LAST, evidence_id) = 1
ORDER BY norm_id`;
}

/** Row type of `draftEvidenceSql`. */
export interface DraftEvidenceRow {
  norm_id: string;
  rung: number;
  kind: string;
  indicator: string | null;
  value: string | null;
  year: number | null;
  evidence_note: string | null;
  source: string | null;
  source_quality: string | null;
}

/** Every legal question with the state's own coded stance, if any (the state as actor, never a group's). */
export function draftLawSql(iso3: string): string {
  return `SELECT q.question_id, q.short_title, p.stance, p.year, p.source_title, p.source_url, p.source_strength, p.evidence_note, p.inferred
FROM il_questions q LEFT JOIN il_positions p ON p.question_id = q.question_id AND p.actor_id = ${lit(iso3)}
ORDER BY q.sort_order`;
}

/** Row type of `draftLawSql`. */
export interface DraftLawRow {
  question_id: string;
  short_title: string;
  stance: string | null;
  year: number | null;
  source_title: string | null;
  source_url: string | null;
  source_strength: string | null;
  evidence_note: string | null;
  inferred: boolean | null;
}

/** The state's latest GCI pillar scores (context for capacity needs, never an answer). */
export function draftCapacitySql(iso3: string): string {
  return `SELECT pillar, score, max_score, edition, withheld FROM capacity_scores WHERE iso3 = ${lit(iso3)} AND pillar <> 'overall'
QUALIFY row_number() OVER (PARTITION BY pillar ORDER BY edition DESC) = 1 ORDER BY pillar`;
}

/** Row type of `draftCapacitySql`. */
export interface DraftCapacityRow {
  pillar: string;
  score: number | null;
  max_score: number;
  edition: number;
  withheld: boolean;
}

/** Current memberships of frameworks with CBMs or norm commitments (context for Part III). */
export function draftFrameworksSql(iso3: string): string {
  return `SELECT org_id FROM memberships WHERE iso3 = ${lit(iso3)} AND is_current AND org_id IN ('OSCE', 'OAS', 'ASEAN', 'ARF', 'AU') ORDER BY org_id`;
}

/**
 * A state's rows in the survey the user imported this session (temp table), answered ones
 * first. `version` makes the text differ after each import so a cached result is never reused.
 */
export function importedStateSql(iso3: string, version: number): string {
  return `SELECT part, item, year, status, origin, source, evidence FROM temp.main.imported_survey
WHERE iso3 = ${lit(iso3)} /* import ${Math.trunc(version)} */
ORDER BY status IS NULL, part, item, year`;
}

/** Row type of `importedStateSql`. */
export interface ImportedStateRow {
  part: string;
  item: string;
  year: number;
  status: string | null;
  origin: string;
  source: string;
  evidence: string | null;
}
