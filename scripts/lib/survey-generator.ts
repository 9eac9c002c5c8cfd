/**
 * The illustrative National Survey of Implementation: plausible-looking answers for all 193 UN
 * members, generated from a seed so the shipped file can be rebuilt byte for byte. Nothing here
 * is a state's answer; every row says so (origin = illustrative). data/survey/DATA.md explains
 * the model in words.
 */
import { mulberry32 } from '../../src/analysis/random';
import {
  CAPACITY_AREAS,
  CBM_ITEMS,
  MEASURE_STATUSES,
  NORM_IDS,
  SURVEY_CHALLENGES,
  SURVEY_COLUMNS,
} from '../../src/validate/specs/survey';

/** The seed of the shipped file (after resolution 70/237). */
export const SURVEY_SEED = 70237;
/** Source id of every generated row (defined in data/sources/sources.csv). */
export const ILLUSTRATIVE_SOURCE = 'cg-illustrative-survey';
/** Survey rounds of the shipped file: the OEWG recommended the survey in 2021; UNIDIR asks every 12–24 months. */
export const SURVEY_YEARS = [2021, 2023, 2025];

/** What the generator needs to know about a state. */
export interface GeneratorState {
  iso3: string;
  unGroup: string;
  income: string;
  ldc: boolean;
  sids: boolean;
}

type Rng = () => number;

const INCOME_BASE: Record<string, number> = {
  'High income': 0.72,
  'Upper middle income': 0.55,
  'Lower middle income': 0.42,
  'Low income': 0.3,
};
// Arbitrary per-norm offsets (positive = harder to report as implemented), so norms differ.
const NORM_DIFFICULTY: Record<string, number> = {
  a: -0.08,
  b: 0.04,
  c: 0.1,
  d: -0.05,
  e: 0.02,
  f: 0.12,
  g: -0.1,
  h: 0.06,
  i: 0.16,
  j: 0.1,
  k: 0.03,
};
const CHALLENGE_BASE: Record<string, number> = {
  legal_framework: 0.3,
  technical_expertise: 0.45,
  funding: 0.45,
  coordination: 0.3,
  information_sharing: 0.25,
  other: 0.04,
};

const clamp = (x: number, lo = 0.02, hi = 0.98) => Math.min(hi, Math.max(lo, x));
/** A standard normal draw (Box–Muller), for gentle noise around each state's tendency. */
function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

function level(x: number): string {
  if (x < 0.25) return MEASURE_STATUSES[0];
  if (x < 0.4) return MEASURE_STATUSES[1];
  if (x < 0.66) return MEASURE_STATUSES[2];
  return MEASURE_STATUSES[3];
}

/** Every (part, item) of the survey model, in a fixed order. */
export function surveyItems(ilQuestions: readonly string[]): { part: string; item: string }[] {
  return [
    ...ilQuestions.map((item) => ({ part: 'international_law', item })),
    ...NORM_IDS.map((item) => ({ part: 'norms', item })),
    ...CBM_ITEMS.map((item) => ({ part: 'cbms', item })),
    ...CAPACITY_AREAS.map((item) => ({ part: 'capacity_building', item })),
  ];
}

function row(cells: (string | number)[]): string {
  return cells.map((c) => (/[",\n\r]/.test(String(c)) ? `"${String(c).replaceAll('"', '""')}"` : String(c))).join(',');
}

/**
 * The illustrative survey as CSV text (header + rows sorted by state, year, part order, item).
 * Each state gets a tendency from its income group (plus noise); each (UN group, item) a small
 * tilt, so groups differ; answers drift up between rounds. Some rounds, parts and items are
 * left unanswered on purpose: nothing in the real survey is mandatory.
 */
export function generateIllustrativeSurvey(
  states: readonly GeneratorState[],
  ilQuestions: readonly string[],
  seed = SURVEY_SEED,
): string {
  const rng = mulberry32(seed);
  const items = surveyItems(ilQuestions);
  const groups = [...new Set(states.map((s) => s.unGroup))].sort();
  const tilt = new Map<string, number>();
  for (const g of groups) for (const { part, item } of items) tilt.set(`${g}|${part}|${item}`, 0.12 * normal(rng));
  const lines = [SURVEY_COLUMNS.join(',')];
  for (const s of [...states].sort((a, b) => a.iso3.localeCompare(b.iso3))) {
    const p = clamp(
      (INCOME_BASE[s.income] ?? 0.45) - (s.ldc ? 0.06 : 0) - (s.sids ? 0.05 : 0) + 0.12 * normal(rng),
      0.05,
      0.95,
    );
    const persistent = items.map(() => 0.13 * normal(rng));
    let rounds = SURVEY_YEARS.filter((_, k) => rng() < 0.35 + 0.12 * k + 0.3 * p);
    if (rounds.length === 0) rounds = [SURVEY_YEARS[Math.floor(rng() * SURVEY_YEARS.length)]];
    for (const year of rounds) {
      const drift = 0.06 * SURVEY_YEARS.indexOf(year);
      const skipped = new Set(
        ['international_law', 'norms', 'cbms', 'capacity_building'].filter(
          (part) => rng() < (part === 'norms' ? 0.06 : 0.14),
        ),
      );
      items.forEach(({ part, item }, k) => {
        if (skipped.has(part)) return;
        const blank = rng() < 0.06;
        const x =
          p -
          (part === 'norms' ? NORM_DIFFICULTY[item] : 0) +
          (tilt.get(`${s.unGroup}|${part}|${item}`) ?? 0) +
          persistent[k] +
          drift +
          0.05 * normal(rng);
        const status = blank ? '' : level(x);
        const challenges = SURVEY_CHALLENGES.filter(
          (c) => rng() < CHALLENGE_BASE[c] * (1.25 - p) * (status === 'implemented' ? 0.5 : 1),
        ).join(';');
        const need = rng() < 0.1 ? '' : rng() < clamp(0.95 - p) ? 'yes' : 'no';
        const offer = rng() < 0.15 ? '' : rng() < clamp(p - 0.3) ? 'yes' : 'no';
        lines.push(
          row([s.iso3, year, part, item, status, challenges, need, offer, '', 'illustrative', ILLUSTRATIVE_SOURCE]),
        );
      });
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Scale data for the benchmark (not shipped): every state answers every item in `rows` /
 * (states × items) consecutive years counting back from 2025, so the norms queries must read
 * every row. Written in the template's columns; origin = illustrative.
 */
export function* generateScaleSurvey(
  states: readonly GeneratorState[],
  ilQuestions: readonly string[],
  rows: number,
  seed = SURVEY_SEED,
): Generator<string> {
  const rng = mulberry32(seed ^ 0x5eed);
  const items = surveyItems(ilQuestions);
  yield `${SURVEY_COLUMNS.join(',')}\n`;
  let written = 0;
  for (let year = 2025; written < rows; year--) {
    const chunk: string[] = [];
    for (const s of states) {
      for (const { part, item } of items) {
        if (written >= rows) break;
        const status = rng() < 0.05 ? '' : MEASURE_STATUSES[Math.floor(rng() * 4)];
        const challenges = SURVEY_CHALLENGES.filter(() => rng() < 0.2).join(';');
        chunk.push(
          row([
            s.iso3,
            year,
            part,
            item,
            status,
            challenges,
            rng() < 0.5 ? 'yes' : 'no',
            rng() < 0.3 ? 'yes' : 'no',
            '',
            'illustrative',
            ILLUSTRATIVE_SOURCE,
          ]),
        );
        written++;
      }
    }
    yield `${chunk.join('\n')}\n`;
  }
}
