import type { ColumnSpec, TableSpec } from '../types';
import { bool, int, iso3, oneOf, optionalText, sourceUrl, text } from './common';

/** Vote codes in all vote files. */
export const VOTE_CODES = ['Y', 'N', 'A', 'X'] as const;

/** Tracks of resolutions.csv (the dataset author's classification, not a UN category). */
export const TRACKS = ['oewg', 'gge', 'poa', 'joint', 'global_mechanism', 'cybercrime'] as const;

const resolutionId: ColumnSpec = {
  name: 'resolution_id',
  type: 'string',
  pattern: /^A\/RES\/\d+\/\d+$/,
  patternHint: 'a UN resolution symbol A/RES/<session>/<number>',
};
const total = (name: string): ColumnSpec => int(name, 0, 193, true);

/** unga-votes/resolutions.csv — plenary resolutions, recorded votes and adoptions without a vote. */
export const resolutionsSpec: TableSpec = {
  order: 'exact',
  columns: [
    resolutionId,
    int('session', 1, 200),
    { name: 'date', type: 'date' },
    text('title'),
    oneOf('track', TRACKS),
    optionalText('sponsor_lead'),
    bool('adopted_without_vote'),
    total('yes'),
    total('no'),
    total('abstain'),
    total('absent'),
    sourceUrl(),
    optionalText('notes'),
    optionalText('draft_symbol'),
    optionalText('committee_report'),
    optionalText('meeting_record'),
    {
      name: 'per_state',
      type: 'string',
      pattern: /^(confirmed|inferred|none \(adopted without a vote\))$/,
      patternHint: 'confirmed, inferred or "none (adopted without a vote)"',
    },
    optionalText('totals_basis'),
    optionalText('previous_status'),
    int('voeten_rcid', 1, undefined, true),
  ],
  unique: [['resolution_id']],
};

/** unga-votes/votes.csv — recorded plenary roll calls × 193 members. */
export const votesSpec: TableSpec = {
  order: 'exact',
  columns: [resolutionId, iso3(), oneOf('vote', VOTE_CODES), sourceUrl(), optionalText('cross_check')],
  unique: [['resolution_id', 'iso3']],
};

/** unga-votes/sponsors.csv — lead sponsors and co-sponsors; one "(none listed)" row where none are. */
export const sponsorsSpec: TableSpec = {
  order: 'exact',
  columns: [
    resolutionId,
    {
      name: 'iso3_or_group',
      type: 'string',
      pattern: /^([A-Z]{3}|\(none listed\))$/,
      patternHint: 'an ISO3 code or "(none listed)"',
    },
    oneOf('role', ['lead', 'co-sponsor'], true),
    sourceUrl(),
    {
      name: 'stage',
      type: 'string',
      pattern: /^(original \(.+\)|additional \(.+\)|lead named by source.*|DGACM.*)$/,
      patternHint: 'original (…), additional (…), "lead named by source…" or "DGACM…"',
    },
    optionalText('name_in_source'),
    optionalText('note'),
  ],
  unique: [['resolution_id', 'iso3_or_group']],
};

/** ISO3 codes `;`-separated, or a labelled group such as "EU27 (group)". */
const namedIso3 = (name: string): ColumnSpec => ({
  name,
  type: 'string',
  nullable: true,
  pattern: /^([A-Z]{3}|[^;]+ \(group\))(;([A-Z]{3}|[^;]+ \(group\)))*$/,
  patternHint: 'ISO3 codes separated by ";" (or a "… (group)" label)',
});

/** unga-votes/first_committee.csv — committee-stage totals and named lists (never mixed with plenary votes). */
export const firstCommitteeSpec: TableSpec = {
  order: 'exact',
  columns: [
    text('draft_symbol'),
    oneOf('committee', ['First', 'Third']),
    int('session', 1, 200),
    { name: 'date', type: 'date', nullable: true },
    { ...resolutionId, name: 'plenary_resolution' },
    total('yes'),
    total('no'),
    total('abstain'),
    optionalText('named_no'),
    optionalText('named_abstain'),
    namedIso3('named_no_iso3'),
    namedIso3('named_abstain_iso3'),
    sourceUrl(),
    optionalText('notes'),
  ],
  unique: [['draft_symbol']],
};

/** unga-votes/separate_votes.csv — recorded votes on paragraphs and amendments. */
export const separateVotesSpec: TableSpec = {
  order: 'exact',
  columns: [
    text('draft_or_resolution'),
    oneOf('body', ['First Committee', 'Plenary']),
    text('provision'),
    text('outcome'),
    total('yes'),
    total('no'),
    total('abstain'),
    { name: 'date', type: 'date', nullable: true },
    sourceUrl(),
    optionalText('notes'),
  ],
  unique: [['draft_or_resolution', 'provision']],
};
