/**
 * The UN process calendar (process_events) with agenda items and documents, and per-topic
 * counts of what the data holds for the states in scope (so the Meetings view follows the
 * global filter). Pure SQL builders.
 */
import { withScope, type StateFilter } from './filter';
import { lit } from './sql';

/** Every event, oldest first; undated events last (a missing date is never filled). */
export function eventsSql(): string {
  return `SELECT e.event_id, e.body, e.title, e.start_date, e.end_date, strftime(e.start_day, '%Y-%m-%d') AS start_day,
  strftime(e.end_day, '%Y-%m-%d') AS end_day, e.start_precision, e.location, e.kind, e.documents, e.source_url, e.notes,
  e.uses_derivative, e.source_id, s.strength AS source_strength,
  coalesce(left(e.start_date, 4), left(e.end_date, 4)) AS year
FROM process_events e LEFT JOIN sources s USING (source_id)
ORDER BY coalesce(e.start_date, e.end_date) NULLS LAST, e.event_id`;
}

/** Row type of `eventsSql`. */
export interface EventRow {
  event_id: string;
  body: string;
  title: string;
  start_date: string | null;
  end_date: string | null;
  start_day: string | null;
  end_day: string | null;
  start_precision: string;
  location: string | null;
  kind: string;
  documents: string | null;
  source_url: string;
  notes: string | null;
  uses_derivative: boolean;
  source_id: string;
  source_strength: string | null;
  year: string | null;
}

/** Agenda items of every event (or one), in published order. */
export function agendaItemsSql(eventId?: string): string {
  const where = eventId ? ` WHERE event_id = ${lit(eventId)}` : '';
  return `SELECT event_id, item_no, item_id, item_text, unconfirmed, source_id FROM event_agenda_items${where} ORDER BY event_id, item_no`;
}

/** Row type of `agendaItemsSql`. */
export interface AgendaItemRow {
  event_id: string;
  item_no: number;
  item_id: string;
  item_text: string;
  unconfirmed: boolean;
  source_id: string;
}

/** Documents named for every event. */
export function eventDocumentsSql(): string {
  return 'SELECT event_id, doc_no, document, un_symbol FROM event_documents ORDER BY event_id, doc_no';
}

/** Row type of `eventDocumentsSql`. */
export interface EventDocumentRow {
  event_id: string;
  doc_no: number;
  document: string;
  un_symbol: string | null;
}

/**
 * Events of the UN process itself (OEWG 2021–2025, the Global Mechanism, the General Assembly,
 * UNODA, UNIDIR, the Programme of Action proposal), told apart from related regional processes
 * by the prefix of their id (process/DATA.md).
 */
export const UN_EVENT_PREFIX = /^(oewg2|gm|ga|unoda|unidir|pr)-/;

/** The same test in SQL, on an event id column. */
export function unEventSql(col: string): string {
  return `regexp_matches(${col}, '${UN_EVENT_PREFIX.source}')`;
}

/** The organisations whose members hold a regional commitment (regional_measures). */
export const REGIONAL_COMMITMENT_ORGS = ['ASEAN', 'OAS', 'ARF', 'AU', 'OSCE'] as const;

/**
 * For the states in scope: how many there are, how many have a coded legal stance, a survey row
 * that is not illustrative (or any, when the switch allows), backed a proposed norm, or hold a
 * regional commitment through a current membership (ASEAN, OAS, ARF, AU, OSCE).
 */
export function topicCoverageSql(f: StateFilter, hasSurvey: boolean): string {
  const survey = hasSurvey
    ? `(SELECT count(DISTINCT iso3) FROM survey_responses WHERE status IS NOT NULL AND iso3 IN (SELECT iso3 FROM scope)${f.illustrative ? '' : " AND origin <> 'illustrative'"})`
    : 'NULL';
  return withScope(
    f,
    `SELECT (SELECT count(*) FROM scope)::INTEGER AS in_scope,
  (SELECT count(DISTINCT a.iso3) FROM il_positions p JOIN actors a USING (actor_id) WHERE a.iso3 IN (SELECT iso3 FROM scope))::INTEGER AS law,
  ${survey}::INTEGER AS survey,
  (SELECT count(DISTINCT iso3) FROM proposal_backers WHERE is_state AND iso3 IN (SELECT iso3 FROM scope))::INTEGER AS backers,
  (SELECT count(DISTINCT iso3) FROM memberships WHERE is_current AND org_id IN (${REGIONAL_COMMITMENT_ORGS.map(lit).join(', ')}) AND iso3 IN (SELECT iso3 FROM scope))::INTEGER AS regional,
  (SELECT count(DISTINCT iso3) FROM capacity_scores WHERE score IS NOT NULL AND iso3 IN (SELECT iso3 FROM scope))::INTEGER AS capacity`,
  );
}

/** Row type of `topicCoverageSql` (survey is NULL when the build has no survey table). */
export interface TopicCoverageRow {
  in_scope: number;
  law: number;
  survey: number | null;
  backers: number;
  regional: number;
  capacity: number;
}

/** The next event from a day on: the first whose end (or start) is on or after it. */
export function nextEvent<T extends { start_day: string | null; end_day: string | null }>(
  events: readonly T[],
  today: string,
): T | null {
  const dated = events.filter((e) => e.start_day !== null && (e.end_day ?? e.start_day) >= today);
  dated.sort((a, b) => (a.start_day! < b.start_day! ? -1 : a.start_day! > b.start_day! ? 1 : 0));
  return dated[0] ?? null;
}

/** Whole days from `today` to `day` (both YYYY-MM-DD, UTC); negative when past. */
export function daysUntil(day: string, today: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Agenda items with their meeting's title and dates, newest meeting first (the brief's picker). */
export function agendaChoicesSql(): string {
  return `SELECT i.item_id, i.item_text, e.event_id, e.title, e.start_date
FROM event_agenda_items i JOIN process_events e USING (event_id)
ORDER BY coalesce(e.start_date, e.end_date) DESC NULLS LAST, e.event_id, i.item_no`;
}

/** Row type of `agendaChoicesSql`. */
export interface AgendaChoiceRow {
  item_id: string;
  item_text: string;
  event_id: string;
  title: string;
  start_date: string | null;
}
