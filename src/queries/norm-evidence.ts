import { withScope, type StateFilter } from './filter';
import { lit } from './sql';
import { surveyRowsSql } from './survey-source';

/**
 * Norm evidence (DESIGN §5, evidence ladder): the shipped `norm_evidence` rows, the survey
 * rows that are a State's own submission (origin submitted / coded_from_document, shipped or
 * imported, never illustrative) and the evidence a user imported. Rungs are those of
 * analysis/evidence-ladder.ts.
 */

/** In-memory table of the user's own coded evidence; never part of the shipped file. */
export const IMPORTED_EVIDENCE = 'temp.main.imported_evidence';

/** Which session data joins the shipped evidence. */
export interface EvidenceSelection {
  /** imported survey rows exist (their real submissions count as self-reports) */
  importedSurvey: boolean;
  /** imported coded evidence exists */
  importedEvidence: boolean;
}

/** Default: shipped evidence only. */
export const DEFAULT_EVIDENCE: EvidenceSelection = { importedSurvey: false, importedEvidence: false };

const COLS = `evidence_id, iso3, norm_id, rung, kind, indicator, value, strength, source_quality, year, evidence_note, document_url, basis, shared, origin`;

/**
 * Every piece of evidence with a unified shape. A survey answer implemented or partial is a
 * self-report (rung 4), planned is rung 2; "none" is not evidence of a measure and is left out.
 * `origin` = shipped or imported ("imported by you").
 */
export function evidenceRowsSql(sel: EvidenceSelection): string {
  const shipped = `SELECT evidence_id, iso3, norm_id, rung, kind, indicator, value, strength, source_quality, year, evidence_note,
    document_url, basis, shared, 'shipped' AS origin FROM norm_evidence`;
  const survey = `SELECT 'survey-' || iso3 || '-' || year || '-' || item AS evidence_id, iso3, item AS norm_id,
    CASE status WHEN 'implemented' THEN 4 WHEN 'partial' THEN 4 WHEN 'planned' THEN 2 END AS rung,
    'survey_submission' AS kind, 'National Survey answer (' || origin || ')' AS indicator, status AS value, 'direct' AS strength,
    'state_text' AS source_quality, year, coalesce(evidence, 'Survey answer: ' || status) AS evidence_note,
    CASE WHEN regexp_matches(source, '^https?://') THEN source END AS document_url, 'survey' AS basis, false AS shared,
    CASE WHEN dataset = 'imported' THEN 'imported' ELSE 'shipped' END AS origin
    FROM (${surveyRowsSql({ imported: sel.importedSurvey, illustrative: false, year: null }, 'norms')})
    WHERE origin <> 'illustrative' AND status IN ('planned', 'partial', 'implemented')`;
  const imported = `SELECT ${COLS} FROM ${IMPORTED_EVIDENCE}`;
  return [shipped, survey, ...(sel.importedEvidence ? [imported] : [])].join('\n  UNION ALL ');
}

/**
 * One row per State in scope: its highest rung on each norm a..k as an 11-character string
 * ('0'–'4'; shared consensus rows never raise a rung), which norms rest on imported rows, and the
 * groupings the view compares. Capacity context (rung NULL) never counts.
 * @param org organisation compared with the rest (`in_org`), or null
 */
export function evidenceLadderSql(f: StateFilter, sel: EvidenceSelection, org: string | null): string {
  return withScope(f, ladderBody(sel, org, 'scope JOIN states s USING (iso3)'));
}

/** `evidenceLadderSql` for every state (no filter): per-state facts reduced in JS with the scope mask. */
export function evidenceLadderFactsSql(sel: EvidenceSelection, org: string | null): string {
  return ladderBody(sel, org, 'states s');
}

function ladderBody(sel: EvidenceSelection, org: string | null, from: string): string {
  const inOrg = org
    ? `s.iso3 IN (SELECT m.iso3 FROM memberships m WHERE m.org_id = ${lit(org)} AND m.is_current)`
    : 'false';
  return `WITH ev AS (${evidenceRowsSql(sel)}),
best AS (SELECT iso3, norm_id, max(rung) AS rung, bool_or(origin = 'imported') AS imported, bool_or(rung = 3) AS measure
  FROM ev WHERE NOT shared AND rung IS NOT NULL AND norm_id IS NOT NULL GROUP BY ALL)
SELECT s.iso3, s.name, s.un_regional_group AS un_group, s.m49_region AS region, ${inOrg} AS in_org,
  string_agg(coalesce(b.rung, 0)::VARCHAR, '' ORDER BY n.norm_id) AS rungs,
  string_agg(CASE WHEN b.imported THEN 'u' ELSE '.' END, '' ORDER BY n.norm_id) AS imported,
  string_agg(CASE WHEN b.measure THEN 'm' ELSE '.' END, '' ORDER BY n.norm_id) AS measures
FROM ${from} CROSS JOIN norms n LEFT JOIN best b ON b.iso3 = s.iso3 AND b.norm_id = n.norm_id
GROUP BY ALL ORDER BY s.name`;
}

/** Row type of `evidenceLadderSql`. */
export interface EvidenceLadderRow {
  iso3: string;
  name: string;
  un_group: string | null;
  region: string;
  in_org: boolean;
  /** one digit per norm a..k: highest rung 0–4 */
  rungs: string;
  /** one char per norm: 'u' when an imported row is among the evidence */
  imported: string;
  /** one char per norm: 'm' when a measure in place is among the evidence (even under a self-report) */
  measures: string;
}

/** Per norm × kind: States in scope with that kind of (non-shared) evidence and its rung, for "strongest kinds". */
export function evidenceKindsSql(f: StateFilter, sel: EvidenceSelection): string {
  return withScope(
    f,
    `SELECT norm_id, kind, max(rung)::INTEGER AS rung, count(DISTINCT iso3)::INTEGER AS states
FROM (${evidenceRowsSql(sel)}) e
WHERE NOT shared AND rung IS NOT NULL AND norm_id IS NOT NULL AND iso3 IN (SELECT iso3 FROM scope)
GROUP BY ALL ORDER BY norm_id, rung DESC, states DESC, kind`,
  );
}

/**
 * Per state × norm × kind, the highest rung (non-shared evidence with a rung): the facts
 * `evidenceKindsSql` counts over, reduced in JS with the scope mask (`kindsFromFacts`).
 */
export function evidenceKindFactsSql(sel: EvidenceSelection): string {
  return `SELECT e.iso3, e.norm_id, e.kind, max(e.rung)::INTEGER AS rung
FROM (${evidenceRowsSql(sel)}) e JOIN states s USING (iso3)
WHERE NOT e.shared AND e.rung IS NOT NULL AND e.norm_id IS NOT NULL
GROUP BY ALL ORDER BY e.norm_id, e.kind, e.iso3`;
}

/** Row type of `evidenceKindFactsSql`. */
export interface EvidenceKindFactRow {
  iso3: string;
  norm_id: string;
  kind: string;
  rung: number;
}

/** Row type of `evidenceKindsSql`. */
export interface EvidenceKindRow {
  norm_id: string;
  kind: string;
  rung: number;
  states: number;
}

/**
 * Every piece of evidence for one norm among the States in scope (shared consensus rows left
 * out: they are stated once), plus capacity context rows of those States, strongest first.
 */
export function normEvidenceListSql(f: StateFilter, sel: EvidenceSelection, normId: string): string {
  return withScope(f, evidenceListBody(sel, normId, 'e.iso3 IN (SELECT iso3 FROM scope)'));
}

/** `normEvidenceListSql` for every state (no filter), kept to the scope in JS. */
export function normEvidenceListFactsSql(sel: EvidenceSelection, normId: string): string {
  return evidenceListBody(sel, normId, 'true');
}

function evidenceListBody(sel: EvidenceSelection, normId: string, inScope: string): string {
  return `SELECT e.evidence_id, e.iso3, s.name, e.rung, e.kind, e.indicator, e.value, e.strength, e.source_quality,
  e.year, e.evidence_note, e.document_url, e.basis, e.origin
FROM (${evidenceRowsSql(sel)}) e JOIN states s USING (iso3)
WHERE NOT e.shared AND ${inScope} AND (e.norm_id = ${lit(normId)} OR (e.norm_id IS NULL AND e.rung IS NULL))
ORDER BY e.rung DESC NULLS LAST, CASE WHEN e.kind = 'vote_for_norms_resolution' THEN 1 ELSE 0 END, s.name, e.evidence_id`;
}

/** Row type of `normEvidenceListSql`. */
export interface NormEvidenceRow {
  evidence_id: string;
  iso3: string;
  name: string;
  /** null: capacity context, never a rung */
  rung: number | null;
  kind: string;
  indicator: string;
  value: string;
  strength: string;
  source_quality: string;
  year: number | null;
  evidence_note: string;
  document_url: string | null;
  basis: string;
  origin: 'shipped' | 'imported';
}

/** The consensus adoptions behind the shared rows: every Member joined (stated once per norm). */
export function consensusAdoptionsSql(): string {
  return `SELECT c.resolution_id, c.paragraph, c.what_it_says, c.evidence_wording, c.document_url
FROM commitment_resolutions c
WHERE c.adoption = 'without_vote' AND EXISTS (SELECT 1 FROM norm_evidence e WHERE e.kind = 'consensus_adoption'
  AND e.evidence_id LIKE 'consensus-' || substr(c.resolution_id, 7) || '-%')
ORDER BY c.resolution_id`;
}

/** Row type of `consensusAdoptionsSql`. */
export interface ConsensusAdoptionRow {
  resolution_id: string;
  paragraph: string;
  what_it_says: string;
  evidence_wording: string;
  document_url: string;
}

/** Download: every piece of evidence for the States in scope, with its rung and document. */
export function evidenceExportSql(f: StateFilter, sel: EvidenceSelection): string {
  return withScope(
    f,
    `SELECT e.*, s.name FROM (${evidenceRowsSql(sel)}) e JOIN states s USING (iso3)
WHERE e.iso3 IN (SELECT iso3 FROM scope) AND NOT e.shared ORDER BY e.iso3, e.norm_id, e.rung DESC`,
  );
}

/** Name under which the validated evidence import is registered for DuckDB's CSV reader. */
export const IMPORTED_EVIDENCE_FILE = 'cg-imported-evidence.csv';

/**
 * Statement that (re)creates the imported evidence table from the registered, validated CSV
 * (norm_evidence.csv's columns): `a-k` expands to the eleven norms, the rung follows the same
 * ladder as the shipped rows, ids get a `user-` prefix so they never collide with shipped ones.
 * @param columns header of the registered file
 * @param rungCase SQL CASE from analysis/evidence-ladder.ts `rungSql('r.coded_status')`
 */
export function createImportedEvidenceSql(columns: readonly string[], rungCase: string): string {
  const spec = `{${columns.map((c) => `'${c}': 'VARCHAR'`).join(', ')}}`;
  const norms = `unnest(CASE WHEN r.norm_id = 'a-k' THEN ['a','b','c','d','e','f','g','h','i','j','k'] WHEN r.norm_id = '' OR r.norm_id IS NULL THEN [NULL] ELSE [r.norm_id] END)`;
  return `CREATE OR REPLACE TEMP TABLE imported_evidence AS
SELECT 'user-' || r.evidence_id AS evidence_id, r.iso3, ${norms} AS norm_id, ${rungCase} AS rung, r.coded_status AS kind,
  r.indicator, r.value, r.strength, r.source_quality, TRY_CAST(NULLIF(r.year, '') AS INTEGER) AS year, r.evidence_note,
  trim(split_part(r.source_url, ' ; ', 1)) AS document_url, 'imported' AS basis, false AS shared, 'imported' AS origin
FROM read_csv('${IMPORTED_EVIDENCE_FILE}', header = true, auto_detect = false, columns = ${spec},
  delim = ',', quote = '"', escape = '"', all_varchar = true) r`;
}

/** Statement that forgets the imported evidence. */
export const DROP_IMPORTED_EVIDENCE_SQL = `DROP TABLE IF EXISTS ${IMPORTED_EVIDENCE}`;
