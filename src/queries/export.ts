/**
 * Datasets a download menu can offer: the fact rows behind a view for the states in scope, each
 * with its source and its caveat flags (origin, inferred, identification, source strength).
 * Pure SQL builders; the export layer (src/export/) runs and encodes them.
 */
import { withScope, type StateFilter } from './filter';
import { ident, lit, litList } from './sql';
import type { Cell } from '../db/types';

/** Words stamped on every generated (illustrative) row in an export. */
export const ILLUSTRATIVE_STAMP = 'ILLUSTRATIVE — NOT STATE DATA';

/** Puts a `scope(iso3)` CTE in front of a SELECT: the filter's states or a fixed list. */
export type ScopeWrap = (body: string) => string;

/** Scope = the states the global filter keeps. */
export const filterScope =
  (f: StateFilter): ScopeWrap =>
  (body) =>
    withScope(f, body);

/** Scope = a fixed list of states (a profile, a comparison), whatever the filter says. */
export const listScope =
  (iso3s: readonly string[]): ScopeWrap =>
  (body) =>
    `WITH scope AS (SELECT iso3 FROM states WHERE iso3 IN ${iso3s.length ? litList(iso3s) : "('')"})\n${body}`;

/** A downloadable dataset: a name for files, words for people, and the SQL behind it. */
export interface DatasetSpec {
  /** lower-case file name stem, e.g. "il-positions" */
  name: string;
  title: string;
  description: string;
  /** the rows' query; unused when `cells` is given */
  sql: string;
  /**
   * Rows the view computed in JS (e.g. Alignment's agreement matrix): the download writes these
   * exactly as shown instead of running `sql`.
   */
  cells?: () => { columns: string[]; rows: Cell[][] };
}

/** States in scope with their groupings. */
export function statesDataset(w: ScopeWrap): DatasetSpec {
  return {
    name: 'states',
    title: 'States in scope',
    description:
      'One row per state in scope: names, UN M49 region, UN regional group, development flags and World Bank income group.',
    sql: w(`SELECT s.iso3, s.m49, s.name, s.un_member, s.un_observer_state,
  s.m49_region, s.m49_subregion, s.un_regional_group, s.ldc, s.lldc, s.sids, s.income_group, s.source_id
FROM states s JOIN scope USING (iso3) ORDER BY s.iso3`),
  };
}

/** Memberships of states in scope (inferred rows flagged). */
export function membershipsDataset(w: ScopeWrap): DatasetSpec {
  return {
    name: 'memberships',
    title: 'Organisation memberships',
    description:
      'State × organisation rows for the states in scope, with status, years, the inferred flag and the source of each row.',
    sql: w(`SELECT m.iso3, m.org_id, m.org_name, m.status, m.since, m.until, m.is_current, m.inferred, m.notes, m.source_id, m.source_url,
  coalesce(src.weak_source, false) AS weak_source
FROM memberships m JOIN scope USING (iso3) LEFT JOIN sources src USING (source_id) ORDER BY m.iso3, m.org_id`),
  };
}

/**
 * International-law stances of states in scope, plus group positions (AU, EU, NATO) whose
 * organisation has a current member in scope, kept as group rows (never copied onto members).
 */
export function positionsDataset(w: ScopeWrap): DatasetSpec {
  return {
    name: 'il-positions',
    title: 'International-law positions',
    description:
      'Actor × legal question stances (supports / qualified / opposes) for the states in scope and for groups with a member in scope; a missing row means not coded (silence only where the actor has published nothing). Flags: inferred, source_strength, weak_source.',
    sql: w(`SELECT p.actor_id, p.actor_name, a.kind AS actor_kind, a.iso3, p.question_id, q.short_title AS question, p.stance, p.stance_value,
  p.year, p.source_title, p.evidence_note, p.source_strength, p.strength_rank, p.inferred, p.source_id, p.source_url, p.weak_source
FROM il_positions p JOIN actors a USING (actor_id) JOIN il_questions q USING (question_id)
WHERE a.iso3 IN (SELECT iso3 FROM scope)
   OR (a.kind = 'group' AND EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = a.org_id AND m.is_current AND m.iso3 IN (SELECT iso3 FROM scope)))
ORDER BY a.kind DESC, p.actor_id, q.sort_order`),
  };
}

/** Published position documents of states in scope. */
export function documentsDataset(w: ScopeWrap): DatasetSpec {
  return {
    name: 'position-documents',
    title: 'Position documents',
    description: 'Published national positions on international law in cyberspace by states in scope.',
    sql: w(`SELECT d.actor_id, d.actor_name, d.year, d.title, d.title_confirmed, d.forum, d.source_id, d.source_url, d.weak_source
FROM position_documents d JOIN actors a USING (actor_id) WHERE a.iso3 IN (SELECT iso3 FROM scope) ORDER BY d.actor_id, d.year`),
  };
}

function votesSql(w: ScopeWrap, where: string): string {
  return w(`SELECT v.resolution_id, r.short_label, strftime(r.date, '%Y-%m-%d') AS date, r.track, v.iso3, s.name AS name, v.vote, v.vote_value,
  v.identification, v.identification_note, v.source_id, v.source_url
FROM votes v JOIN scope USING (iso3) JOIN resolutions r USING (resolution_id) JOIN states s USING (iso3)
${where ? `${where}\n` : ''}ORDER BY r.date, v.resolution_id, v.iso3`);
}

/** Per-country votes on the UNGA ICT-security roll calls for the states in scope. */
export function votesDataset(w: ScopeWrap): DatasetSpec {
  return {
    name: 'unga-votes',
    title: 'UNGA ICT-security votes',
    description:
      'Roll call × state votes (Y / N / A / X) for the states in scope. Flag: identification = inferred when the roll call was matched to the resolution by date and voting pattern.',
    sql: votesSql(w, ''),
  };
}

/** ITU GCI 2020 scores of states in scope (long format; missing stays missing). */
export function capacityDataset(w: ScopeWrap): DatasetSpec {
  return {
    name: 'gci-2020',
    title: 'ITU GCI 2020 capacity scores',
    description:
      'State × pillar scores of the ITU Global Cybersecurity Index 2020 for the states in scope; empty score = missing or withheld, never 0. ITU permits reuse for educational and non-commercial purposes only.',
    sql: w(`SELECT c.iso3, s.name AS name, c.edition, c.pillar, c.score, c.max_score, c.withheld, c.note, c.source_id, c.source_url
FROM capacity_scores c JOIN scope USING (iso3) JOIN states s USING (iso3) ORDER BY c.iso3, c.pillar`),
  };
}

/** Survey responses of states in scope (only when the table exists; origin flag kept). */
export function surveyDataset(w: ScopeWrap, illustrative = true): DatasetSpec {
  return {
    name: 'survey-responses',
    title: 'National Survey of Implementation responses',
    description:
      'State × survey item responses for the states in scope. Flag: origin = illustrative marks generated rows that are not real data.',
    // Generated rows carry the stamp in a column of their own, so a saved file cannot pass them off as State data.
    sql: w(
      `SELECT CASE WHEN r.origin = 'illustrative' THEN '${ILLUSTRATIVE_STAMP}' END AS data_stamp, r.* FROM survey_responses r JOIN scope USING (iso3)${illustrative ? '' : " WHERE r.origin <> 'illustrative'"} ORDER BY r.iso3, r.year, r.part, r.item`,
    ),
  };
}

/** The fact datasets for a scope (the default menu of any view). */
export function scopeDatasets(w: ScopeWrap, withSurvey: boolean, illustrative = true): DatasetSpec[] {
  return [
    statesDataset(w),
    positionsDataset(w),
    documentsDataset(w),
    votesDataset(w),
    capacityDataset(w),
    membershipsDataset(w),
    ...(withSurvey ? [surveyDataset(w, illustrative)] : []),
  ];
}

/** Every source (for datapackage.json: the package keeps those its rows cite). */
export function allSourcesSql(): string {
  return 'SELECT source_id, title, url, publisher, licence, strength, weak_source, weak_reason FROM sources ORDER BY source_id';
}

/** 1 when the shipped database has a table of that name (survey_responses arrives later). */
export function tableExistsSql(name: string): string {
  return `SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_catalog = current_database() AND table_name IN ${litList([name])}`;
}

/** Row type of `tableExistsSql`. */
export interface TableExistsRow {
  n: number;
}

/**
 * Votes of the states in scope on the roll calls a view focuses (e.g. Alignment's selected
 * roll call): the same columns as {@link votesDataset}, only those resolutions' rows.
 * @param name file name stem, e.g. "unga-votes-77-37"
 */
export function rollCallVotesDataset(
  w: ScopeWrap,
  resolutionIds: readonly string[],
  name: string,
  title: string,
): DatasetSpec {
  return {
    name,
    title,
    description: `Roll call × state votes (Y / N / A / X) on ${resolutionIds.join(', ')} for the states in scope. Flag: identification = inferred when the roll call was matched to the resolution by date and voting pattern.`,
    sql: votesSql(w, `WHERE v.resolution_id IN ${resolutionIds.length ? litList(resolutionIds) : "('')"}`),
  };
}

/**
 * Only the rows of a dataset about the item a view has open (a norm, a legal question): the same
 * columns, filtered on one column, so the file holds exactly the focused rows.
 * @param column the dataset's column naming the item, e.g. "norm_id"
 * @param value the open item's id
 */
export function focusedDataset(spec: DatasetSpec, column: string, value: string, title: string): DatasetSpec {
  const slug = value.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    name: `${spec.name}-${slug}`,
    title,
    description: `${spec.description} Only the rows with ${column} = ${value} (the item open on screen).`,
    sql: `SELECT * FROM (\n${spec.sql}\n) AS focused WHERE ${ident(column)} = ${lit(value)}`,
  };
}
