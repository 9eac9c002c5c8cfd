import { MEASURE_SCALE, type MeasureStatus } from '../analysis/ordinal';
import { NORM_IDS } from '../validate/specs/survey';
import type { NormStateRow } from './norms';

/**
 * Decodes the compact per-state rows of `normStatesSql` (one character or list entry per norm,
 * in norm order a..k) into plain answers. The compact form keeps a filter change to ≤ 195
 * small rows instead of 195 × 11 wide ones.
 */

/** Where an answer came from. */
export type AnswerOrigin = 'illustrative' | 'submitted' | 'coded_from_document';

/** One state's answer to one norm; `status` null = no answer (then every other field is empty). */
export interface NormAnswer {
  status: MeasureStatus | null;
  year: number | null;
  /** bit i set when SURVEY_CHALLENGES[i] was reported */
  challenges: number;
  need: boolean | null;
  offer: boolean | null;
  origin: AnswerOrigin | null;
  imported: boolean;
}

/** A state in scope with its answers, one per norm in NORM_IDS order. */
export interface NormState {
  iso3: string;
  name: string;
  unGroup: string | null;
  region: string;
  inOrg: boolean;
  answers: NormAnswer[];
  answered: number;
}

const ORIGINS: Record<string, AnswerOrigin> = { i: 'illustrative', s: 'submitted', c: 'coded_from_document' };
const yesNo = (c: string | undefined) => (c === 'y' ? true : c === 'n' ? false : null);

/** Decode one row; throws on a malformed row rather than showing wrong answers. */
export function decodeNormState(row: NormStateRow): NormState {
  const n = NORM_IDS.length;
  if (row.levels.length !== n)
    throw new RangeError(`norm answers for ${row.iso3}: ${row.levels.length} levels, expected ${n}`);
  const years = row.years.split(',');
  const masks = row.masks.split(',');
  const answers: NormAnswer[] = [];
  for (let i = 0; i < n; i++) {
    const level = row.levels[i];
    const status = level === '.' ? null : (MEASURE_SCALE.levels[Number(level)] ?? null);
    answers.push({
      status,
      year: status === null || years[i] === '' ? null : Number(years[i]),
      challenges: status === null || !masks[i] ? 0 : Number(masks[i]),
      need: yesNo(row.needs[i]),
      offer: yesNo(row.offers[i]),
      origin: ORIGINS[row.origins[i]] ?? null,
      imported: row.datasets[i] === 'u',
    });
  }
  return {
    iso3: row.iso3,
    name: row.name,
    unGroup: row.un_group,
    region: row.region,
    inOrg: row.in_org,
    answers,
    answered: row.answered,
  };
}
