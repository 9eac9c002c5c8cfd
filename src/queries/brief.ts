/**
 * The rows a brief is built from, for the brief's states plus any extra states it names (the
 * audience, a focus state outside the filter). Long format and small (a few thousand rows at
 * most); all measures are computed in analysis/ from these rows.
 */
import { withScope, type StateFilter } from './filter';
import { lit, litList } from './sql';
import type { ScopeWrap } from './export';
import { SURVEY_LATEST_ORDER, surveyTableSql } from './survey-source';

/** Which states a brief covers: the filter's, or a group, region, organisation or list the focus names. */
export type BriefScope =
  | { kind: 'filter'; filter: StateFilter }
  | { kind: 'group'; group: string }
  | { kind: 'region'; region: string }
  | { kind: 'org'; org: string }
  | { kind: 'list'; iso3s: string[] };

/** A `scope(iso3)` CTE for a brief scope (UN members only, as the filter's default). */
export function briefScopeWrap(s: BriefScope): ScopeWrap {
  if (s.kind === 'filter') return (body) => withScope(s.filter, body);
  const where =
    s.kind === 'group'
      ? `un_member AND un_regional_group = ${lit(s.group)}`
      : s.kind === 'region'
        ? `un_member AND m49_region = ${lit(s.region)}`
        : s.kind === 'org'
          ? `un_member AND iso3 IN (SELECT iso3 FROM memberships WHERE is_current AND org_id = ${lit(s.org)})`
          : `iso3 IN ${s.iso3s.length ? litList(s.iso3s) : "('')"}`;
  return (body) => `WITH scope AS (SELECT iso3 FROM states WHERE ${where})\n${body}`;
}

/**
 * States a brief needs besides its scope: named states (the audience, a focus state) and every
 * UN member of their UN regional groups (to set a state against its group).
 */
export interface BriefExtra {
  states: string[];
}

function extra(x: BriefExtra, col: string): string {
  if (!x.states.length) return '';
  const l = litList(x.states);
  return ` OR ${col} IN ${l} OR ${col} IN (SELECT iso3 FROM states WHERE un_member AND un_regional_group IN (SELECT un_regional_group FROM states WHERE iso3 IN ${l}))`;
}

/** States of the brief (in_scope) plus the extra states (in_scope false unless also in scope). */
export function briefStatesSql(w: ScopeWrap, include: BriefExtra): string {
  return w(`SELECT s.iso3, s.name, s.un_regional_group AS un_group, s.iso3 IN (SELECT iso3 FROM scope) AS in_scope
FROM states s WHERE s.iso3 IN (SELECT iso3 FROM scope)${extra(include, 's.iso3')} ORDER BY s.iso3`);
}

/** Row type of `briefStatesSql`. */
export interface BriefStateRow {
  iso3: string;
  name: string;
  un_group: string | null;
  in_scope: boolean;
}

/** Stances of state actors among those states (group actors are kept out: never copied onto members). */
export function briefPositionsSql(w: ScopeWrap, include: BriefExtra): string {
  return w(`SELECT a.iso3, p.question_id, p.stance, p.year, p.source_title, p.source_url, p.source_id, p.source_strength, p.inferred
FROM il_positions p JOIN actors a USING (actor_id)
WHERE a.iso3 IN (SELECT iso3 FROM scope)${extra(include, 'a.iso3')} ORDER BY a.iso3, p.question_id`);
}

/** Row type of `briefPositionsSql`. */
export interface BriefPositionRow {
  iso3: string;
  question_id: string;
  stance: 'supports' | 'qualified' | 'opposes';
  year: number | null;
  source_title: string | null;
  source_url: string | null;
  source_id: string;
  source_strength: string;
  inferred: boolean;
}

/** Votes of those states on every roll call. */
export function briefVotesSql(w: ScopeWrap, include: BriefExtra): string {
  return w(`SELECT v.iso3, v.resolution_id, v.vote, v.identification, v.source_url, v.source_id
FROM votes v WHERE v.iso3 IN (SELECT iso3 FROM scope)${extra(include, 'v.iso3')} ORDER BY v.resolution_id, v.iso3`);
}

/** Row type of `briefVotesSql`. */
export interface BriefVoteRow {
  iso3: string;
  resolution_id: string;
  vote: 'Y' | 'N' | 'A' | 'X';
  identification: 'confirmed' | 'inferred';
  source_url: string | null;
  source_id: string;
}

/** GCI 2020 scores of those states. */
export function briefCapacitySql(w: ScopeWrap, include: BriefExtra): string {
  return w(`SELECT c.iso3, c.pillar, c.score, c.withheld, c.source_url, c.source_id FROM capacity_scores c
WHERE c.edition = 2020 AND (c.iso3 IN (SELECT iso3 FROM scope)${extra(include, 'c.iso3')}) ORDER BY c.pillar, c.iso3`);
}

/** Row type of `briefCapacitySql`. */
export interface BriefCapacityRow {
  iso3: string;
  pillar: string;
  score: number | null;
  withheld: boolean;
  source_url: string | null;
  source_id: string;
}

/** Latest survey answer per state and norm for those states (only call when the table exists). */
export function briefSurveySql(w: ScopeWrap, include: BriefExtra, illustrative: boolean, imported = false): string {
  return w(`SELECT r.iso3, r.item AS norm_id, r.status, r.capacity_need, r.capacity_offer, r.origin, r.source_id
FROM ${surveyTableSql(imported)} r
WHERE r.part = 'norms' AND r.status IS NOT NULL${illustrative ? '' : " AND r.origin <> 'illustrative'"}
  AND (r.iso3 IN (SELECT iso3 FROM scope)${extra(include, 'r.iso3')})
QUALIFY row_number() OVER (PARTITION BY r.iso3, r.item ORDER BY ${SURVEY_LATEST_ORDER}) = 1
ORDER BY r.item, r.iso3`);
}

/** Row type of `briefSurveySql`. */
export interface BriefSurveyRow {
  iso3: string;
  norm_id: string;
  status: 'none' | 'planned' | 'partial' | 'implemented';
  capacity_need: boolean | null;
  capacity_offer: boolean | null;
  origin: string;
  source_id: string;
}

/** The legal questions and the norms, with the source of their wording. */
export function briefItemsSql(): string {
  return `SELECT 'question' AS kind, question_id AS id, short_title AS title, explanation AS text, NULL AS ref, NULL AS url, source_id, sort_order AS ord FROM il_questions
UNION ALL SELECT 'norm', norm_id, short_title, summary, gge2015_ref, source_url, source_id, NULL FROM norms
ORDER BY kind, ord, id`;
}

/** Row type of `briefItemsSql`. */
export interface BriefItemRow {
  kind: 'question' | 'norm';
  id: string;
  title: string;
  text: string;
  ref: string | null;
  url: string | null;
  source_id: string;
  ord: number | null;
}

/**
 * Every actor's coded stance on one legal question: states by their UN names (flagged in or out
 * of the brief's states) and the group actors (AU, EU, NATO) as rows of their own.
 */
export function briefActorPositionsSql(w: ScopeWrap, questionId: string): string {
  return w(`SELECT p.actor_id, coalesce(s.name, p.actor_name) AS name, a.kind, a.iso3, p.stance, p.year, p.source_title, p.source_url, p.source_id, p.source_strength, p.inferred,
  a.kind = 'group' OR a.iso3 IN (SELECT iso3 FROM scope) AS in_scope
FROM il_positions p JOIN actors a USING (actor_id) LEFT JOIN states s ON s.iso3 = a.iso3
WHERE p.question_id = ${lit(questionId)} ORDER BY a.kind DESC, name`);
}

/** Row type of `briefActorPositionsSql`. */
export interface BriefActorPositionRow extends Omit<BriefPositionRow, 'iso3' | 'question_id'> {
  actor_id: string;
  name: string;
  kind: 'state' | 'group';
  /** NULL for group actors */
  iso3: string | null;
  in_scope: boolean;
}

/** Questions coded from statements in UN debates (for a `debate:` focus and the picker). */
export function briefDebateQuestionsSql(): string {
  return 'SELECT question_id AS id, short_title AS title, explanation AS text, source_id FROM statement_questions ORDER BY sort_order, question_id';
}

/** Row type of `briefDebateQuestionsSql`. */
export interface BriefDebateQuestionRow {
  id: string;
  title: string;
  text: string;
  source_id: string;
}

/**
 * Every actor's stances on one debate question, all years, with the flags the brief needs: the
 * latest stance per actor is chosen in TS, machine-generated meeting summaries left out of it.
 */
export function briefStatementsSql(w: ScopeWrap, questionId: string): string {
  return w(`SELECT st.actor_id, coalesce(s.name, st.actor_name) AS name, a.kind, a.iso3, st.stance, st.year, st.source_title, st.source_url, st.source_id,
  st.source_strength, false AS inferred, a.kind = 'group' OR a.iso3 IN (SELECT iso3 FROM scope) AS in_scope, st.ai_summary
FROM statements st JOIN statement_actors a USING (actor_id) LEFT JOIN states s ON s.iso3 = a.iso3
WHERE st.question_id = ${lit(questionId)} ORDER BY a.kind DESC, name, st.year DESC`);
}

/** Row type of `briefStatementsSql`. */
export interface BriefStatementRow extends BriefActorPositionRow {
  ai_summary: boolean;
}

/** Actors that published a position on international law in cyberspace (latest document each), for "published, not coded". */
export function briefPublishedSql(w: ScopeWrap): string {
  return w(`SELECT d.actor_id, coalesce(s.name, d.actor_name) AS name, a.kind, a.iso3, d.year, d.title, d.source_url, d.source_id,
  a.kind = 'group' OR a.iso3 IN (SELECT iso3 FROM scope) AS in_scope
FROM position_documents d JOIN actors a USING (actor_id) LEFT JOIN states s ON s.iso3 = a.iso3
QUALIFY row_number() OVER (PARTITION BY d.actor_id ORDER BY d.year DESC NULLS LAST, d.title) = 1 ORDER BY name`);
}

/** Row type of `briefPublishedSql`. */
export interface BriefPublishedRow {
  actor_id: string;
  name: string;
  kind: 'state' | 'group';
  iso3: string | null;
  year: number | null;
  title: string;
  source_url: string | null;
  source_id: string;
  in_scope: boolean;
}

/** Cited evidence on one norm (evidence ladder rungs; capacity context rows are left out) for the brief's states and extras. */
export function briefEvidenceSql(w: ScopeWrap, include: BriefExtra, normId: string): string {
  return w(`SELECT e.evidence_id, e.iso3, e.rung, e.kind, e.indicator, e.value, e.year, e.document_url, e.source_id, e.shared
FROM norm_evidence e WHERE e.norm_id = ${lit(normId)} AND e.rung IS NOT NULL AND (e.iso3 IN (SELECT iso3 FROM scope)${extra(include, 'e.iso3')})
ORDER BY e.rung DESC, e.iso3, e.evidence_id`);
}

/** Row type of `briefEvidenceSql`. */
export interface BriefEvidenceRow {
  evidence_id: string;
  iso3: string;
  rung: number;
  kind: string;
  indicator: string;
  value: string | null;
  year: number | null;
  document_url: string | null;
  source_id: string | null;
  shared: boolean;
}

/** Every source with what a footnote needs (a source is a document: title, issuer, date, URL, weak-host flag). */
export function briefSourcesSql(): string {
  return 'SELECT source_id, title, url, publisher, strength, date, weak_source FROM sources ORDER BY source_id';
}

/** Resolutions a state sponsored (lead or co-sponsor). */
export function briefSponsorsSql(iso3: string): string {
  return `SELECT resolution_id, role, source_url, source_id FROM sponsors WHERE iso3 = ${lit(iso3)} AND role IS NOT NULL ORDER BY resolution_id`;
}

/** Row type of `briefSponsorsSql`. */
export interface BriefSponsorRow {
  resolution_id: string;
  role: string;
  source_url: string | null;
  source_id: string;
}

/** Name of an organisation (for an `org:` focus). */
export function orgNameSql(orgId: string): string {
  return `SELECT org_id, org_name, completeness, caveat FROM organisations WHERE org_id = ${lit(orgId)}`;
}

/** Row type of `orgNameSql`. */
export interface OrgNameRow {
  org_id: string;
  org_name: string;
  completeness: string;
  caveat: string | null;
}

/** Organisations for the focus picker. */
export function organisationsSql(): string {
  return 'SELECT org_id, org_name, completeness FROM organisations ORDER BY org_name';
}

/** Row type of `organisationsSql`. */
export interface OrganisationRow {
  org_id: string;
  org_name: string;
  completeness: string;
}

/**
 * A meeting (or one agenda item) of the UN process for a brief: the event with each of its agenda
 * items (one row per item; a single row with NULL item when the event lists none) and documents.
 */
export function briefAgendaSql(eventId: string, itemId: string | null): string {
  const item = itemId ? ` AND i.item_id = ${lit(itemId)}` : '';
  return `SELECT e.event_id, e.title, e.body, e.start_date, e.end_date, e.location, e.kind, e.notes, e.uses_derivative, e.source_id,
  i.item_id, i.item_no, i.item_text, coalesce(i.unconfirmed, false) AS unconfirmed,
  (SELECT string_agg(d.document, ' ; ' ORDER BY d.doc_no) FROM event_documents d WHERE d.event_id = e.event_id) AS documents
FROM process_events e LEFT JOIN event_agenda_items i ON i.event_id = e.event_id
WHERE e.event_id = ${lit(eventId)}${item} ORDER BY i.item_no`;
}

/** Row type of `briefAgendaSql`. */
export interface BriefAgendaRow {
  event_id: string;
  title: string;
  body: string;
  start_date: string | null;
  end_date: string | null;
  location: string | null;
  kind: string;
  notes: string | null;
  uses_derivative: boolean;
  source_id: string;
  item_id: string | null;
  item_no: number | null;
  item_text: string | null;
  unconfirmed: boolean;
  documents: string | null;
}
