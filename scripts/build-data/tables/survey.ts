import { typedSurveyColumns } from '../../../src/queries/survey-rows';
import type { TableDef } from './types';

/**
 * The illustrative National Survey of Implementation (generated, seed in data/survey/DATA.md).
 * `source` holds a source_id (checked by the survey rule), so it is the row's source_id.
 */
export const surveyResponses: TableDef = {
  name: 'survey_responses',
  from: ['survey/survey_illustrative.csv'],
  select: `SELECT ${typedSurveyColumns('r', 'r.source')}
    FROM raw_survey_illustrative r ORDER BY r.iso3, year, r.part, r.item`,
  flags: {
    illustrative_rows: `count_if(origin = 'illustrative')`,
    unanswered_status: 'count_if(status IS NULL)',
    states: 'count(DISTINCT iso3)',
  },
  illustrative: true,
};

/** Norm ↔ OSCE CBM crosswalk, each link with its basis (data/crosswalk/DATA.md). */
export const normCbmLinks: TableDef = {
  name: 'norm_cbm_links',
  from: ['crosswalk/norm_cbm_links.csv'],
  select: `SELECT l.norm_id, CAST(l.cbm_no AS INTEGER) AS cbm_no, l.relation, l.basis, l.source_id
    FROM raw_norm_cbm_links l ORDER BY l.norm_id, cbm_no`,
};
