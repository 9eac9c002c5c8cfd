import { LAW_SET, type QuestionSet } from './question-set';

/**
 * Every coded position of the set with its source, read once (it does not depend on the
 * filter): the matrix, the source panel, the comparison and the question's actor list join it
 * in memory with the actors in scope from `lawScopeSql`, so a filter change costs one query.
 */
export function lawPositionsSql(set: QuestionSet = LAW_SET): string {
  return `SELECT actor_id, question_id, stance, year, source_strength, strength_rank::INTEGER AS strength_rank, inferred,
  source_title, source_url, evidence_note, source_id, coalesce(weak_source, false) AS weak_source, source_type, ai_summary
FROM ${set.positions} p ORDER BY actor_id, question_id`;
}

/** Row type of `lawPositionsSql`. */
export interface LawPositionRow {
  actor_id: string;
  question_id: string;
  stance: 'supports' | 'qualified' | 'opposes';
  year: number | null;
  /** state_text · toolkit · analysis · secondary · derivative (from sources.csv) */
  source_strength: string;
  /** 1 strongest … 5 weakest */
  strength_rank: number;
  /** DATA.md calls the coding inferred */
  inferred: boolean;
  source_title: string;
  source_url: string;
  evidence_note: string;
  source_id: string;
  /** the cited document sits on a weak host (thread reader, aggregator, mirror, machine copy) or is a site root */
  weak_source: boolean;
  /** debates only: the statement's source tier (national_statement … ai_summary); null for law */
  source_type: string | null;
  /** debates only: the row comes from a machine-generated meeting summary */
  ai_summary: boolean;
}

/**
 * Per actor with known position documents: how many there are (M) and how many the coded
 * stances rest on (N). A document counts as used when a coded stance cites its URL or carries
 * its year (a stance's year is the year of the statement or document it comes from). An actor
 * without a row here has no known document.
 */
export function lawActorDocumentsSql(): string {
  return `SELECT d.actor_id, count(*)::INTEGER AS documents, count(*) FILTER (WHERE ${documentUsedSql('d')})::INTEGER AS documents_used
FROM position_documents d GROUP BY d.actor_id ORDER BY d.actor_id`;
}

/** True for a position document (alias `d`) that some coded stance of its actor rests on (same URL or same year). */
export function documentUsedSql(d: string): string {
  return `EXISTS (SELECT 1 FROM il_positions p WHERE p.actor_id = ${d}.actor_id AND (p.source_url = ${d}.source_url OR p.year = ${d}.year))`;
}

/** Row type of `lawActorDocumentsSql`. */
export interface LawActorDocumentsRow {
  actor_id: string;
  documents: number;
  documents_used: number;
}

/**
 * Where a document was issued, in a few kinds for the timeline's colours; the first forum a
 * free-text `forum` names wins ("national publication; GGE compendium" is a national
 * publication). The raw text travels alongside.
 */
export const FORUM_KINDS = [
  'GGE compendium or submission',
  'OEWG or UN submission',
  'OAS questionnaire',
  'National publication',
  'Speech',
  'Regional organisation',
  'Not verified',
  'Other',
] as const;

/** One of {@link FORUM_KINDS}. */
export type ForumKind = (typeof FORUM_KINDS)[number];

const FORUM_CASE = `CASE
    WHEN d.forum ILIKE 'GGE%' OR d.forum ILIKE 'UN GGE%' THEN '${FORUM_KINDS[0]}'
    WHEN d.forum ILIKE 'OEWG%' OR d.forum ILIKE 'UNODA%' THEN '${FORUM_KINDS[1]}'
    WHEN d.forum ILIKE 'OAS%' THEN '${FORUM_KINDS[2]}'
    WHEN d.forum ILIKE 'national publication%' OR d.forum ILIKE 'parliamentary%' OR d.forum ILIKE '%(national publication)%' THEN '${FORUM_KINDS[3]}'
    WHEN d.forum ILIKE 'speech%' THEN '${FORUM_KINDS[4]}'
    WHEN d.forum ILIKE 'regional%' THEN '${FORUM_KINDS[5]}'
    WHEN d.forum ILIKE 'not verified%' THEN '${FORUM_KINDS[6]}'
    ELSE '${FORUM_KINDS[7]}' END`;

/**
 * Every position document, oldest first (undated last), with its actor. Not filtered here: the
 * view keeps the documents of the actors `lawMatrixSql` returns, so the scope is still defined
 * once, in SQL, and a filter change costs one query fewer.
 */
export function lawDocumentsSql(): string {
  return `SELECT d.actor_id, a.actor_name, a.kind, d.year, d.title, d.title_confirmed, d.source_url, d.forum,
  ${FORUM_CASE} AS forum_kind, d.source_id, s.strength AS source_strength
FROM position_documents d JOIN actors a USING (actor_id) LEFT JOIN sources s USING (source_id)
ORDER BY d.year NULLS LAST, d.actor_id, d.title`;
}

/** Row type of `lawDocumentsSql`. */
export interface LawDocumentRow {
  actor_id: string;
  actor_name: string;
  kind: 'state' | 'group';
  year: number | null;
  title: string;
  title_confirmed: boolean;
  source_url: string;
  forum: string;
  forum_kind: ForumKind;
  source_id: string;
  source_strength: string | null;
}
