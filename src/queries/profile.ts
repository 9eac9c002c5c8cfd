/**
 * Everything about one state for the State profile. Each query returns rows even when the state
 * has no data (questions and roll calls are listed with empty answers), so the view can say
 * "no recorded stance" instead of hiding the section.
 */
import { withScope, type StateFilter } from './filter';
import { documentUsedSql } from './law-positions';
import { lit } from './sql';
import type { GciScoreRow } from './capacity';

/** Names and groupings of one state. */
export function profileStateSql(iso3: string): string {
  return `SELECT iso3, iso2, m49, name, un_member, un_observer_state, m49_region, m49_subregion,
  m49_intermediate_region, un_regional_group, rg_special_case, ldc, lldc, sids, income_group, notes, source_id
FROM states WHERE iso3 = ${lit(iso3)}`;
}

/** Row type of `profileStateSql`. */
export interface ProfileStateRow {
  iso3: string;
  iso2: string | null;
  m49: number;
  name: string;
  un_member: boolean;
  un_observer_state: boolean;
  m49_region: string;
  m49_subregion: string;
  m49_intermediate_region: string | null;
  un_regional_group: string | null;
  rg_special_case: boolean;
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
  income_group: string | null;
  notes: string | null;
  source_id: string;
}

/** The state's organisation memberships, with the organisation list's completeness. */
export function profileMembershipsSql(iso3: string): string {
  return `SELECT m.org_id, m.org_name, m.status, m.since, m.until, m.is_current, m.inferred, m.notes, m.source_id, m.source_url,
  o.completeness, o.caveat
FROM memberships m LEFT JOIN organisations o USING (org_id)
WHERE m.iso3 = ${lit(iso3)} ORDER BY m.is_current DESC, m.org_name`;
}

/** Row type of `profileMembershipsSql`. */
export interface ProfileMembershipRow {
  org_id: string;
  org_name: string;
  status: string;
  since: number | null;
  until: number | null;
  is_current: boolean;
  inferred: boolean;
  notes: string | null;
  source_id: string;
  source_url: string | null;
  completeness: string | null;
  caveat: string | null;
}

/**
 * Every legal question with the state's own stance (NULL when it has none) and, separately,
 * the stance of any group actor (AU, EU, NATO) the state currently belongs to — shown as the
 * group's, never as the state's.
 */
export function profilePositionsSql(iso3: string): string {
  return `WITH own AS (SELECT p.* FROM il_positions p JOIN actors a USING (actor_id) WHERE a.iso3 = ${lit(iso3)}),
grp AS (
  SELECT p.question_id, string_agg(a.actor_id || ': ' || p.stance, '; ' ORDER BY a.actor_id) AS group_stances
  FROM il_positions p JOIN actors a USING (actor_id)
  WHERE a.kind = 'group' AND a.org_id IN (SELECT org_id FROM memberships WHERE iso3 = ${lit(iso3)} AND is_current)
  GROUP BY ALL)
SELECT q.question_id, q.short_title, q.explanation, q.sort_order, o.stance, o.year, o.source_title, o.source_url, o.evidence_note,
  o.source_id, o.source_strength, o.strength_rank, o.inferred, coalesce(o.weak_source, false) AS weak_source, g.group_stances
FROM il_questions q LEFT JOIN own o USING (question_id) LEFT JOIN grp g USING (question_id)
ORDER BY q.sort_order`;
}

/** Row type of `profilePositionsSql`. */
export interface ProfilePositionRow {
  question_id: string;
  short_title: string;
  explanation: string;
  sort_order: number;
  stance: 'supports' | 'qualified' | 'opposes' | null;
  year: number | null;
  source_title: string | null;
  source_url: string | null;
  evidence_note: string | null;
  source_id: string | null;
  source_strength: string | null;
  strength_rank: number | null;
  inferred: boolean | null;
  /** the cited document is on a weak host or a site root */
  weak_source: boolean;
  group_stances: string | null;
}

/** The state's published position documents; `used` = a coded stance rests on it (see documentUsedSql). */
export function profileDocumentsSql(iso3: string): string {
  return `SELECT d.year, d.title, d.title_confirmed, d.forum, d.source_url, d.source_id, coalesce(d.weak_source, false) AS weak_source,
  ${documentUsedSql('d')} AS used
FROM position_documents d JOIN actors a USING (actor_id) WHERE a.iso3 = ${lit(iso3)} ORDER BY d.year, d.title`;
}

/** Row type of `profileDocumentsSql`. */
export interface ProfileDocumentRow {
  year: number | null;
  title: string;
  title_confirmed: boolean;
  forum: string | null;
  source_url: string | null;
  source_id: string;
  weak_source: boolean;
  used: boolean;
}

/**
 * Votes of the states in scope plus the named states on every roll call with per-country votes
 * (2,316 rows at most): the input for agreement measures computed in analysis/.
 */
export function votesMatrixSql(f: StateFilter, include: readonly string[] = []): string {
  const extra = include.length ? ` OR v.iso3 IN (${include.map(lit).join(', ')})` : '';
  return withScope(
    f,
    `SELECT v.iso3, s.name AS name, s.un_regional_group AS un_group, v.resolution_id, v.vote,
  v.iso3 IN (SELECT iso3 FROM scope) AS in_scope
FROM votes v JOIN states s USING (iso3) JOIN resolutions r USING (resolution_id)
WHERE v.iso3 IN (SELECT iso3 FROM scope)${extra}
ORDER BY r.date, v.resolution_id, v.iso3`,
  );
}

/** Row type of `votesMatrixSql`. */
export interface VoteMatrixRow {
  iso3: string;
  name: string;
  un_group: string | null;
  resolution_id: string;
  vote: 'Y' | 'N' | 'A' | 'X';
  in_scope: boolean;
}

/** Roll calls with per-country votes, with their totals and the identification flag. */
export function rollCallListSql(): string {
  return `SELECT r.resolution_id, r.short_label, strftime(r.date, '%Y-%m-%d') AS date, r.title, r.track, r.yes, r.no, r.abstain,
  any_value(v.identification) AS identification, any_value(v.source_id) AS source_id, any_value(r.source_url) AS source_url
FROM resolutions r JOIN votes v USING (resolution_id) GROUP BY ALL ORDER BY date, r.resolution_id`;
}

/** Row type of `rollCallListSql`. */
export interface RollCallListRow {
  resolution_id: string;
  short_label: string;
  date: string;
  title: string;
  track: string;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  identification: 'confirmed' | 'inferred';
  source_id: string;
  source_url: string | null;
}

/**
 * GCI 2020 pillar scores of every state in the same M49 region as `iso3` (the state included),
 * so the profile can set the state's scores against its region's quartiles.
 */
export function regionCapacitySql(iso3: string): string {
  return `SELECT c.iso3, c.pillar, c.score, c.max_score, c.withheld, c.source_id, s.m49_region AS region
FROM capacity_scores c JOIN states s USING (iso3)
WHERE c.edition = 2020 AND s.m49_region = (SELECT m49_region FROM states WHERE iso3 = ${lit(iso3)}) AND (s.un_member OR s.iso3 = ${lit(iso3)})
ORDER BY c.pillar, c.iso3`;
}

/** Row type of `regionCapacitySql`. */
export interface RegionCapacityRow extends GciScoreRow {
  region: string;
}
