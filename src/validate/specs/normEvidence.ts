import type { TableSpec } from '../types';
import { int, iso3, oneOf, optionalText, sourceUrl, text, year } from './common';

/**
 * norm-evidence/: real, cited evidence linking a State to a norm of A/70/174 para 13
 * (data/norm-evidence/DATA.md). The same contract checks the shipped sample in the build and a
 * user's own coded evidence in the browser.
 */

/** How a piece of evidence was coded (norm-evidence/DATA.md, "The central finding"). */
export const CODED_STATUSES = [
  'self_reported',
  'measure_in_place',
  'legal_obligation',
  'measure_planned_or_signed',
  'cbm_engagement',
  'commitment_only',
  'regional_commitment',
  'capacity_score',
] as const;
export type CodedStatus = (typeof CODED_STATUSES)[number];

/** How closely the indicator matches the norm's wording. */
export const EVIDENCE_STRENGTHS = ['direct', 'indirect', 'weak', 'proxy'] as const;

/** Norm cell: one letter, `a-k` for all eleven, or blank (capacity scores only). */
const normCell = {
  name: 'norm_id',
  type: 'string',
  nullable: true,
  pattern: /^([a-k]|a-k)$/,
  patternHint: 'a norm letter a–k, or a-k for all eleven',
} as const;

/** Template columns of norm_evidence.csv, in order. */
export const NORM_EVIDENCE_COLUMNS = [
  'evidence_id',
  'source_id',
  'iso3',
  'norm_id',
  'indicator',
  'value',
  'coded_status',
  'strength',
  'year',
  'evidence_note',
  'source_url',
  'source_quality',
  'notes',
] as const;

/** norm-evidence/norm_evidence.csv — one row per State × norm × indicator, with its document. */
export const normEvidenceSpec: TableSpec = {
  order: 'exact',
  columns: [
    {
      name: 'evidence_id',
      type: 'string',
      pattern: /^[A-Za-z0-9_-]{1,40}$/,
      patternHint: 'letters, digits, - or _ (e.g. ne0001)',
    },
    text('source_id'),
    iso3(),
    normCell,
    text('indicator'),
    text('value'),
    oneOf('coded_status', CODED_STATUSES),
    oneOf('strength', EVIDENCE_STRENGTHS),
    year('year'),
    text('evidence_note'),
    sourceUrl(),
    text('source_quality'),
    optionalText('notes'),
  ],
  unique: [['evidence_id']],
};

/** norm-evidence/evidence_sources.csv — the catalogue of candidate sources. */
export const evidenceSourcesSpec: TableSpec = {
  order: 'exact',
  columns: [
    text('source_id'),
    text('name'),
    text('publisher'),
    sourceUrl('url'),
    text('coverage_states'),
    text('coverage_note'),
    text('years'),
    text('licence'),
    text('norms_supported'),
    text('coding_rule'),
    text('access_status'),
    int('sample_rows_in_norm_evidence', 0),
    text('recommendation'),
  ],
  unique: [['source_id']],
};

/** norm-evidence/commitment_resolutions.csv — resolutions whose text was read for the commitment rule. */
export const commitmentResolutionsSpec: TableSpec = {
  order: 'exact',
  columns: [
    {
      name: 'resolution_id',
      type: 'string',
      pattern: /^A\/RES\/\d+\/\d+$/,
      patternHint: 'a plenary symbol A/RES/<session>/<number>',
    },
    oneOf('adoption', ['recorded_vote', 'without_vote']),
    text('paragraph'),
    text('what_it_says'),
    text('evidence_wording'),
    sourceUrl('document_url'),
    sourceUrl('read_from'),
    optionalText('notes'),
  ],
  unique: [['resolution_id']],
};

/**
 * A user's own coded evidence: norm_evidence.csv's columns in any order (spreadsheets reorder
 * them); `source_id` is the user's own label for the source, not a key into the shipped catalogue.
 */
export const userEvidenceSpec: TableSpec = { ...normEvidenceSpec, order: 'set', allowExtra: false };
