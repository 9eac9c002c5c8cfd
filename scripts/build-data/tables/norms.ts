import { DATASET_SOURCES, GCI_PILLARS } from '../../../src/validate/index';
import { joinSource, type TableDef } from './types';

/**
 * The 11 norms (gge2021_guidance_ref is empty in every row and not part of the contract). The
 * norm text is cited to its UN document, A/70/174 (`source_id`); the page the paraphrase was
 * read from stays in `source_url`, with its own document id in `read_at_source_id`.
 */
export const norms: TableDef = {
  name: 'norms',
  from: ['norms-capacity/norms.csv'],
  select: `SELECT n.norm_id, n.short_title, n.summary, n.gge2015_ref, n.theme, n.source_url,
      '${DATASET_SOURCES.normTexts}' AS source_id, n_src.source_id AS read_at_source_id
    FROM raw_norms n ${joinSource('n')} ORDER BY n.norm_id`,
};

/** The 16 OSCE CBMs. */
export const cbms: TableDef = {
  name: 'cbms',
  from: ['norms-capacity/cbms.csv'],
  select: `SELECT CAST(c.cbm_no AS INTEGER) AS cbm_no, c.short_title, c.summary, c.adopted, c.source_url,
      c.numbering_source, c_src.source_id
    FROM raw_cbms c ${joinSource('c')} ORDER BY cbm_no`,
};

const pillars = ['overall', ...GCI_PILLARS];
const long = pillars
  .map((p, i) => `SELECT iso3, edition, note, source_url, '${p}' AS pillar, ${i} AS ord, ${p} AS raw FROM raw_capacity`)
  .join('\n      UNION ALL ');

/**
 * GCI wide → long. A blank cell stays NULL (never 0). A row whose note says its values are
 * withheld (MOZ) gets withheld = true and NULL scores on every pillar.
 */
export const capacityScores: TableDef = {
  name: 'capacity_scores',
  from: ['norms-capacity/capacity.csv'],
  select: `WITH long AS (${long}),
    flagged AS (SELECT *, coalesce(note ILIKE '%withheld%', false) AS withheld FROM long)
    SELECT c.iso3, CAST(c.edition AS INTEGER) AS edition, c.pillar,
      CASE WHEN c.withheld THEN NULL ELSE CAST(c.raw AS DOUBLE) END AS score,
      CAST(CASE WHEN c.pillar = 'overall' THEN 100 ELSE 20 END AS DOUBLE) AS max_score,
      c.withheld, c.note, c.source_url, c_src.source_id
    FROM flagged c ${joinSource('c')} ORDER BY c.iso3, edition, c.ord`,
  flags: { withheld: 'count_if(withheld)', missing: 'count_if(score IS NULL AND NOT withheld)' },
  extraSources: [DATASET_SOURCES.capacityOriginal],
};

/** Survey structure placeholders, in file order (the order is the survey's part order). */
export const surveyQuestions: TableDef = {
  name: 'survey_questions',
  from: ['norms-capacity/survey_questions.csv'],
  select: `SELECT q.section, q.question_id, q.question_paraphrase, q.answer_type, q.basis, q.source_url, q_src.source_id
    FROM raw_survey_questions q ${joinSource('q')} ORDER BY q.rowid`,
  flags: { placeholder_rows: 'count(*)' },
};
