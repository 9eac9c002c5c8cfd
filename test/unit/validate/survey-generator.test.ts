import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { generateIllustrativeSurvey, generateScaleSurvey, SURVEY_SEED } from '../../../scripts/lib/survey-generator';
import { loadGeneratorInputs, SHIPPED_SURVEY } from '../../../scripts/generate-survey';
import { parseCsv } from '../../../src/validate/csv';
import { validateSurvey } from '../../../src/validate/survey';

const { states, ilQuestions } = loadGeneratorInputs();

describe('illustrative survey generator', () => {
  const text = generateIllustrativeSurvey(states, ilQuestions, SURVEY_SEED);

  it('reproduces the shipped file byte for byte from its seed', () => {
    expect(text).toBe(readFileSync(SHIPPED_SURVEY, 'utf8'));
  });

  it('another seed gives other answers', () => {
    expect(generateIllustrativeSurvey(states, ilQuestions, SURVEY_SEED + 1)).not.toBe(text);
  });

  it('covers all 193 members, flags every row illustrative, leaves gaps, and passes the survey rules', () => {
    const csv = parseCsv(text);
    const col = (c: string) => csv.header.indexOf(c);
    expect(states).toHaveLength(193);
    expect(new Set(csv.rows.map((r) => r[col('iso3')])).size).toBe(193);
    expect(
      csv.rows.every((r) => r[col('origin')] === 'illustrative' && r[col('source')] === 'cg-illustrative-survey'),
    ).toBe(true);
    expect(csv.rows.some((r) => r[col('status')] === '')).toBe(true);
    expect(new Set(csv.rows.map((r) => r[col('year')]))).toEqual(new Set(['2021', '2023', '2025']));
    const result = validateSurvey('survey_illustrative.csv', csv.header, csv.rows, {
      states: new Set(states.map((s) => s.iso3)),
      ilQuestions: new Set(ilQuestions),
      maxYear: 2025,
      origin: 'illustrative',
    });
    expect(result.errors).toEqual([]);
  });

  it('scale data has exactly the rows asked for, in the template columns', () => {
    const chunks = [...generateScaleSurvey(states, ilQuestions, 20_000)].join('');
    const csv = parseCsv(chunks);
    expect(csv.header.join(',')).toBe(
      'iso3,year,part,item,status,challenges,capacity_need,capacity_offer,evidence,origin,source',
    );
    expect(csv.rows).toHaveLength(20_000);
  });
});
