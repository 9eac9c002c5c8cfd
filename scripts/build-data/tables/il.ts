import { DATA_FILES, GROUP_ACTORS, STRENGTH_RANK } from '../../../src/validate/index';
import { joinSource, type TableDef } from './types';

const groups = [...GROUP_ACTORS].map((c) => `'${c}'`).join(', ');

/** A state actor is named by its UN name (states.name); groups keep the name the CSV gives. */
const unName = (alias: string) =>
  `coalesce((SELECT st.name FROM raw_states st WHERE st.iso3 = ${alias}.actor_iso3), ${alias}.actor_name)`;

/** Every IL actor once; states by UN name, groups by the name in positions.csv first (then documents). */
export const actors: TableDef = {
  name: 'actors',
  from: ['il-positions/positions.csv', 'il-positions/national_positions.csv', 'states/states.csv'],
  select: `WITH named AS (
      SELECT actor_iso3, ${unName('p')} AS actor_name, 1 AS pref, rowid AS r FROM raw_positions p
      UNION ALL SELECT actor_iso3, ${unName('d')}, 2, rowid FROM raw_national_positions d)
    SELECT actor_iso3 AS actor_id, arg_min(actor_name, pref * 1000000 + r) AS actor_name,
      CASE WHEN actor_iso3 IN (${groups}) THEN 'group' ELSE 'state' END AS kind,
      CASE WHEN actor_iso3 IN (${groups}) THEN NULL ELSE actor_iso3 END AS iso3,
      CASE WHEN actor_iso3 IN (${groups}) THEN actor_iso3 END AS org_id
    FROM named GROUP BY actor_iso3 ORDER BY actor_id`,
  flags: { groups: `count_if(kind = 'group')` },
};

/** Legal questions in display order. */
export const ilQuestions: TableDef = {
  name: 'il_questions',
  from: ['il-questions/il_questions.csv'],
  select: `SELECT question_id, CAST(sort_order AS INTEGER) AS sort_order, short_title, explanation,
      supports_means, qualified_means, opposes_means, source_id
    FROM raw_il_questions ORDER BY sort_order`,
};

/** `CASE` mapping a raw strength column to the project strength (DATA_FILES citation map). */
export function strengthCase(column: string, map: Readonly<Record<string, string>>): string {
  return `CASE ${column} ${Object.entries(map)
    .map(([k, v]) => `WHEN '${k}' THEN '${v}'`)
    .join(' ')} END`;
}

const rankCase = (column: string) =>
  `CAST(CASE ${column} ${Object.entries(STRENGTH_RANK)
    .map(([k, v]) => `WHEN '${k}' THEN ${v}`)
    .join(' ')} END AS INTEGER)`;

/** The strength column's SQL: the row's coded strength, mapped (toolkit_mirror counts as derivative). */
const IL_STRENGTH_SQL = strengthCase(
  'p.source_strength',
  DATA_FILES['il-positions/positions.csv'].citation.strength.map,
);

/**
 * Positions with stance_value, the row's own source strength (il-positions-2 codes it per row;
 * `source_strength_coded` keeps the value as written), the inferred flag (inferred_rows.csv)
 * with its reason, and whether the cited document is a weak source.
 */
export const ilPositions: TableDef = {
  name: 'il_positions',
  from: ['il-positions/positions.csv', 'il-positions/inferred_rows.csv', 'states/states.csv'],
  select: `SELECT p.actor_iso3 AS actor_id, ${unName('p')} AS actor_name, p.question_id, p.stance,
      CAST(CASE p.stance WHEN 'supports' THEN 1 WHEN 'qualified' THEN 0.5 ELSE 0 END AS DOUBLE) AS stance_value,
      CAST(p.year AS INTEGER) AS year, p.source_title, p.source_url, p.evidence_note, p_src.source_id,
      ${IL_STRENGTH_SQL} AS source_strength, ${rankCase(IL_STRENGTH_SQL)} AS strength_rank,
      p.source_strength AS source_strength_coded, p.change,
      i.actor_iso3 IS NOT NULL AS inferred, i.reason AS inferred_reason, d.weak_source
    FROM raw_positions p ${joinSource('p')}
    LEFT JOIN cited_documents d ON d.source_id = p_src.source_id
    LEFT JOIN raw_inferred_rows i ON i.actor_iso3 = p.actor_iso3 AND i.question_id = p.question_id
    ORDER BY actor_id, p.question_id`,
  flags: {
    inferred_rows: 'count_if(inferred)',
    derivative_rows: `count_if(source_strength = 'derivative')`,
    weak_source_rows: 'count_if(weak_source)',
  },
};

/** Position documents; title_confirmed is false for the descriptive labels DATA.md lists. */
export const positionDocuments: TableDef = {
  name: 'position_documents',
  from: ['il-positions/national_positions.csv', 'states/states.csv'],
  select: `SELECT d.actor_iso3 AS actor_id, ${unName('d')} AS actor_name, CAST(d.year AS INTEGER) AS year, d.title,
      NOT (d.title ILIKE '%title not confirmed%' OR d.title ILIKE '%title and date not confirmed%') AS title_confirmed,
      d.source_url, d.forum, d.change, d_src.source_id, c.weak_source
    FROM raw_national_positions d ${joinSource('d')} LEFT JOIN cited_documents c ON c.source_id = d_src.source_id
    ORDER BY actor_id, year NULLS LAST, d.title`,
  flags: { title_unconfirmed: 'count_if(NOT title_confirmed)' },
};
