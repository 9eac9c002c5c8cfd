import { DATA_FILES, DATASET_SOURCES, STATEMENT_GROUP_ACTORS, STRENGTH_RANK } from '../../../src/validate/index';
import { strengthCase } from './il';
import { joinSource, type TableDef } from './types';

const groups = [...STATEMENT_GROUP_ACTORS].map((c) => `'${c}'`).join(', ');
const STRENGTH_SQL = strengthCase('s.source_type', DATA_FILES['statements/statements.csv'].citation.strength.map);
const RANK_SQL = `CAST(CASE ${STRENGTH_SQL} ${Object.entries(STRENGTH_RANK)
  .map(([k, v]) => `WHEN '${k}' THEN ${v}`)
  .join(' ')} END AS INTEGER)`;

/**
 * The ten debate questions in file order. Their meanings come with the statements data
 * (statements DATA.md), so they cite that coding guide.
 */
export const statementQuestions: TableDef = {
  name: 'statement_questions',
  from: ['statements/questions.csv'],
  select: `SELECT question_id, CAST(row_number() OVER () AS INTEGER) AS sort_order, short_title, explanation,
      supports_means, qualified_means, opposes_means, '${DATASET_SOURCES.debateQuestions}' AS source_id
    FROM raw_questions ORDER BY sort_order`,
};

/**
 * Every actor of the debates: states by ISO3, and the five group actors (EU, AU, Arab Group,
 * like-minded group, PoA co-sponsors) as actors of their own. EU and AU map to their
 * organisation's membership list; the other three have no membership list in the data, so
 * `org_id` is NULL and they are never attributed to any state.
 */
export const statementActors: TableDef = {
  name: 'statement_actors',
  from: ['statements/statements.csv', 'states/states.csv'],
  // States by their UN name (states.name); groups by their name in the data.
  select: `SELECT actor_id,
      coalesce(any_value((SELECT s.name FROM raw_states s WHERE s.iso3 = actor_id)), arg_min(actor_name, rowid)) AS actor_name,
      CASE WHEN actor_id IN (${groups}) THEN 'group' ELSE 'state' END AS kind,
      CASE WHEN actor_id IN (${groups}) THEN NULL ELSE actor_id END AS iso3,
      CASE WHEN actor_id IN ('EU', 'AU') THEN actor_id END AS org_id
    FROM raw_statements GROUP BY actor_id ORDER BY actor_id`,
  flags: { groups: `count_if(kind = 'group')` },
};

/**
 * Stances stated in UN debates, one row per actor × question × year, with the source tier
 * (`source_type`), its project strength, `ai_summary` (machine-made meeting summary: left out
 * of measures by default) and `latest` (the actor's most recent row on the question).
 */
export const statements: TableDef = {
  name: 'statements',
  from: ['statements/statements.csv'],
  select: `SELECT s.actor_id, s.actor_name, s.question_id, s.stance,
      CAST(CASE s.stance WHEN 'supports' THEN 1 WHEN 'qualified' THEN 0.5 ELSE 0 END AS DOUBLE) AS stance_value,
      CAST(s.year AS INTEGER) AS year, s.forum, s.speaker_on_behalf_of, s.source_title, s.source_url, s.evidence_note,
      s.source_type, s.source_type = 'ai_summary' AS ai_summary,
      s.source_type IN ('national_statement', 'group_statement', 'national_submission') AS primary_source,
      ${STRENGTH_SQL} AS source_strength, ${RANK_SQL} AS strength_rank,
      s_src.source_id, d.weak_source,
      CAST(s.year AS INTEGER) = max(CAST(s.year AS INTEGER)) OVER (PARTITION BY s.actor_id, s.question_id) AS latest
    FROM raw_statements s ${joinSource('s')} LEFT JOIN cited_documents d ON d.source_id = s_src.source_id
    ORDER BY s.actor_id, s.question_id, year`,
  flags: { ai_summary_rows: 'count_if(ai_summary)', weak_source_rows: 'count_if(weak_source)' },
};
