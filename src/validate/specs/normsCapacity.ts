import type { ColumnSpec, TableSpec } from '../types';
import { int, iso3, optionalText, sourceUrl, text } from './common';

/** GCI pillar columns in capacity.csv, in ITU's order. */
export const GCI_PILLARS = ['legal', 'technical', 'organizational', 'capacity_development', 'cooperation'] as const;

const score = (name: string, max: number): ColumnSpec => ({ name, type: 'decimal', min: 0, max, nullable: true });

/** norms-capacity/norms.csv — the 11 GGE 2015 norms. */
export const normsSpec: TableSpec = {
  order: 'exact',
  columns: [
    { name: 'norm_id', type: 'string', pattern: /^[a-k]$/, patternHint: 'a letter a–k' },
    text('short_title'),
    text('summary'),
    text('gge2015_ref'),
    optionalText('gge2021_guidance_ref'),
    text('theme'),
    sourceUrl(),
  ],
  unique: [['norm_id']],
};

/** norms-capacity/cbms.csv — the 16 OSCE CBMs. */
export const cbmsSpec: TableSpec = {
  order: 'exact',
  columns: [
    int('cbm_no', 1, 16),
    text('short_title'),
    text('summary'),
    sourceUrl(),
    text('adopted'),
    sourceUrl('numbering_source'),
  ],
  unique: [['cbm_no']],
};

/** norms-capacity/capacity.csv — GCI scores, one row per state and edition (blank = missing/withheld). */
export const capacitySpec: TableSpec = {
  order: 'exact',
  columns: [
    iso3(),
    text('country_name'),
    int('edition', 2000, 2100),
    score('overall', 100),
    ...GCI_PILLARS.map((p) => score(p, 20)),
    optionalText('tier'),
    sourceUrl(),
    optionalText('note'),
  ],
  unique: [['iso3', 'edition']],
};

/** norms-capacity/survey_questions.csv — structural placeholders for the National Survey. */
export const surveyQuestionsSpec: TableSpec = {
  order: 'exact',
  columns: [
    text('section'),
    optionalText('norm_id'),
    text('question_id'),
    text('question_paraphrase'),
    text('answer_type'),
    text('basis'),
    sourceUrl(),
  ],
  unique: [['question_id']],
};
