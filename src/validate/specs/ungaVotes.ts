import type { ColumnSpec, TableSpec } from '../types';
import { int, iso3, oneOf, optionalText, sourceUrl, text } from './common';

/** Vote codes in all vote files. */
export const VOTE_CODES = ['Y', 'N', 'A', 'X'] as const;

const resolutionId = text('resolution_id');
const total = (name: string): ColumnSpec => int(name, 0, 193, true);

/** unga-votes/resolutions.csv — plenary resolutions and First Committee drafts. */
export const resolutionsSpec: TableSpec = {
  order: 'exact',
  columns: [
    resolutionId,
    int('session', 1, 200),
    { name: 'date', type: 'date', nullable: true },
    text('title'),
    text('sponsor_lead'),
    total('yes'),
    total('no'),
    total('abstain'),
    total('non_voting'),
    oneOf('track', ['oewg', 'gge', 'poa', 'joint', 'other']),
    sourceUrl(),
    oneOf('body', ['plenary', 'first_committee']),
    {
      name: 'per_country',
      type: 'string',
      pattern: /^(confirmed|inferred|none( \(.+\))?|partial \(.+\))$/,
      patternHint: 'confirmed, inferred, none, none (…) or partial (…)',
    },
    text('totals_basis'),
    int('voeten_rcid', 1, undefined, true),
    optionalText('notes'),
  ],
  unique: [['resolution_id']],
};

const voteColumns = [resolutionId, iso3(), text('country_name'), oneOf('vote', VOTE_CODES), sourceUrl()];

/** unga-votes/votes.csv — confirmed plenary roll calls × 193 members. */
export const votesSpec: TableSpec = {
  order: 'exact',
  columns: voteColumns,
  unique: [['resolution_id', 'iso3']],
};

/** unga-votes/votes_inferred.csv — roll calls whose resolution is inferred. */
export const votesInferredSpec: TableSpec = {
  order: 'exact',
  columns: [
    ...voteColumns,
    int('voeten_rcid', 1),
    { name: 'identification', type: 'string', pattern: /^inferred/, patternHint: 'a note starting with "inferred"' },
  ],
  unique: [['resolution_id', 'iso3']],
};

/** unga-votes/sponsors.csv — lead sponsors only. */
export const sponsorsSpec: TableSpec = {
  order: 'exact',
  columns: [resolutionId, iso3(), oneOf('role', ['sponsor']), sourceUrl(), text('note')],
  unique: [['resolution_id', 'iso3']],
};

/** unga-votes/fc_named_votes.csv — states named as voting No / Abstain in the First Committee. */
export const fcNamedVotesSpec: TableSpec = {
  order: 'exact',
  columns: [resolutionId, iso3(), text('country_name'), oneOf('vote', ['N', 'A']), sourceUrl()],
  unique: [['resolution_id', 'iso3']],
};
