// Writes the illustrative National Survey of Implementation (data/survey/DATA.md).
//   npx tsx scripts/generate-survey.ts                      → data/survey/survey_illustrative.csv (seed 70237)
//   npx tsx scripts/generate-survey.ts --check              → exit 1 if the shipped file differs from the seed's output
//   npx tsx scripts/generate-survey.ts --rows 1000000 --out <file>   → benchmark scale data (not shipped)
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from '../src/validate/csv';
import {
  generateIllustrativeSurvey,
  generateScaleSurvey,
  SURVEY_SEED,
  type GeneratorState,
} from './lib/survey-generator';
import { REPO_ROOT } from './build-data/args';

/** UN members (observers are not surveyed) and the legal question ids, from data/. */
export function loadGeneratorInputs(dataDir = resolve(REPO_ROOT, 'data')): {
  states: GeneratorState[];
  ilQuestions: string[];
} {
  const s = parseCsv(readFileSync(resolve(dataDir, 'states/states.csv'), 'utf8'));
  const col = (name: string) => s.header.indexOf(name);
  const states = s.rows
    .filter((r) => r[col('un_member')] === 'true')
    .map((r) => ({
      iso3: r[col('iso3')],
      unGroup: r[col('un_regional_group')],
      income: r[col('income_group')],
      ldc: r[col('ldc')] === 'true',
      sids: r[col('sids')] === 'true',
    }));
  const q = parseCsv(readFileSync(resolve(dataDir, 'il-questions/il_questions.csv'), 'utf8'));
  return { states, ilQuestions: q.rows.map((r) => r[q.header.indexOf('question_id')]) };
}

/** Path of the shipped illustrative file. */
export const SHIPPED_SURVEY = resolve(REPO_ROOT, 'data/survey/survey_illustrative.csv');

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const { states, ilQuestions } = loadGeneratorInputs();
  const rows = opt('--rows');
  if (rows) {
    const out = opt('--out');
    if (!out) throw new Error('--rows needs --out <file> (scale data is never written into data/)');
    const stream = createWriteStream(resolve(out));
    for (const chunk of generateScaleSurvey(states, ilQuestions, Number(rows)))
      if (!stream.write(chunk)) await new Promise<void>((r) => stream.once('drain', () => r()));
    await new Promise<void>((r) => stream.end(r));
    console.log(`survey: ${rows} scale rows → ${out}`);
    return;
  }
  const text = generateIllustrativeSurvey(states, ilQuestions, SURVEY_SEED);
  if (args.includes('--check')) {
    const same = readFileSync(SHIPPED_SURVEY, 'utf8') === text;
    console.log(same ? 'survey: shipped file matches seed output' : 'survey: shipped file DIFFERS from seed output');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(SHIPPED_SURVEY, text);
  console.log(`survey: ${text.split('\n').length - 2} rows → ${SHIPPED_SURVEY}`);
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
