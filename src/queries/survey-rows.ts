import { MEASURE_SCALE } from '../analysis/ordinal';
import { SURVEY_CHALLENGES } from '../validate/specs/survey';

/**
 * How raw survey cells (all text, as validated) become typed `survey_responses` columns. One
 * definition for the build (the shipped file) and the browser import (a user's template), so
 * imported rows are analysed exactly like shipped ones.
 */

/** The typed columns, in table order (data/SCHEMA.md). */
export const SURVEY_TABLE_COLUMNS = [
  'iso3',
  'year',
  'part',
  'item',
  'status',
  'status_level',
  'status_score',
  'challenges',
  ...SURVEY_CHALLENGES.map((c) => `ch_${c}`),
  'capacity_need',
  'capacity_offer',
  'evidence',
  'origin',
  'source',
  'source_id',
] as const;

const levelCase = (a: string) =>
  `CASE ${a}.status ${MEASURE_SCALE.levels.map((l, i) => `WHEN '${l}' THEN ${i}`).join(' ')} END`;
const scoreCase = (a: string) =>
  `CASE ${a}.status ${MEASURE_SCALE.levels.map((l) => `WHEN '${l}' THEN ${MEASURE_SCALE.score[l]}`).join(' ')} END`;
const yesNo = (a: string, c: string) => `CASE ${a}.${c} WHEN 'yes' THEN true WHEN 'no' THEN false END AS ${c}`;

/**
 * SELECT list turning raw text columns of alias `a` into the typed table. Challenge flags are
 * false when the cell is blank (no challenge reported); status, need and offer stay NULL when
 * blank (no answer), never 0 or false.
 * @param a alias of the raw relation
 * @param sourceId SQL expression for source_id
 */
export function typedSurveyColumns(a: string, sourceId: string): string {
  const flags = SURVEY_CHALLENGES.map(
    (c) => `coalesce(regexp_matches(${a}.challenges, '(^|;)\\s*${c}\\s*(;|$)'), false) AS ch_${c}`,
  );
  return [
    `${a}.iso3`,
    `CAST(${a}.year AS INTEGER) AS year`,
    `${a}.part`,
    `${a}.item`,
    `NULLIF(${a}.status, '') AS status`,
    `CAST(${levelCase(a)} AS INTEGER) AS status_level`,
    `CAST(${scoreCase(a)} AS DOUBLE) AS status_score`,
    `NULLIF(${a}.challenges, '') AS challenges`,
    ...flags,
    yesNo(a, 'capacity_need'),
    yesNo(a, 'capacity_offer'),
    `NULLIF(${a}.evidence, '') AS evidence`,
    `${a}.origin`,
    `${a}.source`,
    `${sourceId} AS source_id`,
  ].join(',\n      ');
}
