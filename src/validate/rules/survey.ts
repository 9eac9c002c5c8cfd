import type { ValidationError } from '../types';
import { checkForeignKey, columnValues } from '../keys';
import { surveyRowErrors } from '../survey';
import type { Tables } from './tables';

/** The shipped survey file holds generated rows only; its name promises it. */
export const ILLUSTRATIVE_SURVEY_FILE = 'survey/survey_illustrative.csv';

/**
 * Survey rules on the shipped files, with the same `surveyRowErrors` the browser import runs,
 * plus the crosswalk's references: norms, CBMs and sources must exist.
 */
export function checkSurvey(tables: Tables): ValidationError[] {
  const errors: ValidationError[] = [];
  const survey = tables[ILLUSTRATIVE_SURVEY_FILE];
  const states = tables['states/states.csv'];
  const sources = tables['sources/sources.csv'];
  if (survey && states) {
    errors.push(
      ...surveyRowErrors(survey.file, survey.header, survey.rows, {
        states: columnValues(states, 'iso3'),
        ilQuestions: columnValues(tables['il-questions/il_questions.csv'], 'question_id'),
        maxYear: new Date().getUTCFullYear(),
        sourceIds: sources ? columnValues(sources, 'source_id') : undefined,
        origin: 'illustrative',
      }),
    );
  }
  const links = tables['crosswalk/norm_cbm_links.csv'];
  if (links) {
    const norms = tables['norms-capacity/norms.csv'];
    const cbms = tables['norms-capacity/cbms.csv'];
    if (norms)
      errors.push(...checkForeignKey(links, 'norm_id', columnValues(norms, 'norm_id'), { parentLabel: norms.file }));
    if (cbms)
      errors.push(...checkForeignKey(links, 'cbm_no', columnValues(cbms, 'cbm_no'), { parentLabel: cbms.file }));
    if (sources)
      errors.push(
        ...checkForeignKey(links, 'source_id', columnValues(sources, 'source_id'), { parentLabel: sources.file }),
      );
  }
  return errors;
}
