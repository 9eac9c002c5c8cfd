import type { ColumnSpec, TableSpec } from '../types';
import { int, iso3, oneOf, optionalText, text } from './common';
import { GCI_PILLARS } from './normsCapacity';

/**
 * The National Survey of Implementation model (DESIGN §3): one row per state × year × survey
 * part × item. The same contract checks the shipped illustrative file in the build and a
 * delegation's filled-in template in the browser.
 */

/** The survey's four parts, one per pillar of the framework (norms-capacity/DATA.md). */
export const SURVEY_PARTS = ['international_law', 'norms', 'cbms', 'capacity_building'] as const;
export type SurveyPart = (typeof SURVEY_PARTS)[number];

/** Measure status, lowest first (the order of MEASURE_SCALE in analysis/ordinal.ts). */
export const MEASURE_STATUSES = ['none', 'planned', 'partial', 'implemented'] as const;

/** The fixed list of implementation challenges; a cell lists any of them separated by `;`. */
export const SURVEY_CHALLENGES = [
  'legal_framework',
  'technical_expertise',
  'funding',
  'coordination',
  'information_sharing',
  'other',
] as const;
export type SurveyChallenge = (typeof SURVEY_CHALLENGES)[number];

/** Where a row comes from; `illustrative` rows are generated and never a state's answer. */
export const SURVEY_ORIGINS = ['submitted', 'coded_from_document', 'illustrative'] as const;

/** Norm letters of A/70/174 para 13 (a)–(k). */
export const NORM_IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'] as const;

/** OSCE CBM numbers 1–16 as written in the item column. */
export const CBM_ITEMS = Array.from({ length: 16 }, (_, i) => String(i + 1));

/**
 * Capacity-building areas: the five ITU GCI pillars, so survey needs line up with the capacity
 * scores already shipped (a Common Ground modelling choice; the survey's own list is unknown).
 */
export const CAPACITY_AREAS: readonly string[] = GCI_PILLARS;

/** Earliest plausible answer year: the norms were endorsed by A/RES/70/237 in December 2015. */
export const SURVEY_FIRST_YEAR = 2015;

/** Longest evidence text accepted (characters), so a pasted document cannot swamp the table. */
export const EVIDENCE_MAX = 2000;

/** Template columns in order; DATA.md documents each one. */
export const SURVEY_COLUMNS = [
  'iso3',
  'year',
  'part',
  'item',
  'status',
  'challenges',
  'capacity_need',
  'capacity_offer',
  'evidence',
  'origin',
  'source',
] as const;

const yesNo = (name: string): ColumnSpec => oneOf(name, ['yes', 'no'], true);

/**
 * survey/*.csv and user templates. Columns may come in any order (spreadsheets reorder them)
 * but none may be missing or unknown; (iso3, year, part, item) is the key.
 */
export const surveySpec: TableSpec = {
  order: 'set',
  allowExtra: false,
  columns: [
    iso3(),
    int('year', SURVEY_FIRST_YEAR, 2100),
    oneOf('part', SURVEY_PARTS),
    {
      name: 'item',
      type: 'string',
      pattern: /^[a-z0-9_]{1,40}$/,
      patternHint: 'a norm letter, CBM number, legal question id or capacity area',
    },
    oneOf('status', MEASURE_STATUSES, true),
    optionalText('challenges'),
    yesNo('capacity_need'),
    yesNo('capacity_offer'),
    optionalText('evidence'),
    oneOf('origin', SURVEY_ORIGINS),
    text('source'),
  ],
  unique: [['iso3', 'year', 'part', 'item']],
};

/** Kinds of link between a norm and an OSCE CBM (crosswalk/DATA.md). */
export const LINK_RELATIONS = ['same_subject', 'supports_implementation'] as const;

/** crosswalk/norm_cbm_links.csv — editorial norm ↔ CBM links, each with its basis. */
export const normCbmLinksSpec: TableSpec = {
  order: 'exact',
  columns: [
    { name: 'norm_id', type: 'string', pattern: /^[a-k]$/, patternHint: 'a letter a–k' },
    int('cbm_no', 1, 16),
    oneOf('relation', LINK_RELATIONS),
    text('basis'),
    text('source_id'),
  ],
  unique: [['norm_id', 'cbm_no']],
};
