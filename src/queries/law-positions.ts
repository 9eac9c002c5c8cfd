/**
 * Every coded position with its source, read once (it does not depend on the filter): the
 * matrix, the source panel, the comparison and the question's actor list join it in memory
 * with the actors in scope from `lawScopeSql`, so a filter change costs one query.
 */
export function lawPositionsSql(): string {
  return `SELECT actor_id, question_id, stance, year, source_strength, strength_rank::INTEGER AS strength_rank, inferred,
  source_title, source_url, evidence_note, source_id
FROM il_positions ORDER BY actor_id, question_id`;
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
