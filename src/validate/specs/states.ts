import type { TableSpec } from '../types';
import { bool, int, iso3, oneOf, optionalText, sourceUrl, text, year } from './common';
import { UN_GROUPS } from '../../vocab/groups';

/** UN regional groups as coded in states.csv. */
export const REGIONAL_GROUPS = UN_GROUPS;
const INCOME = ['Low income', 'Lower middle income', 'Upper middle income', 'High income'];

/** Membership statuses listed in states/DATA.md. */
export const MEMBERSHIP_STATUSES = [
  'member',
  'participating_state',
  'participant',
  'associate_member',
  'member_participation_frozen',
  'non_participating',
  'withdrawn',
  'withdrawn_contested',
  'party',
  'signatory',
  'initiator_cosponsor',
] as const;

/** states/states.csv — one row per UN member or observer state. */
export const statesSpec: TableSpec = {
  order: 'exact',
  columns: [
    iso3(),
    { name: 'iso2', type: 'string', pattern: /^[A-Z]{2}$/, patternHint: 'two upper-case letters (ISO2)' },
    int('m49', 1, 999),
    text('name'),
    text('name_common'),
    bool('un_member'),
    bool('un_observer_state'),
    oneOf('m49_region', ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']),
    text('m49_subregion'),
    oneOf(
      'm49_intermediate_region',
      [
        'Caribbean',
        'Central America',
        'South America',
        'Eastern Africa',
        'Middle Africa',
        'Southern Africa',
        'Western Africa',
      ],
      true,
    ),
    oneOf('un_regional_group', REGIONAL_GROUPS, true),
    bool('rg_special_case'),
    bool('ldc'),
    bool('lldc'),
    bool('sids'),
    oneOf('income_group', INCOME, true),
    oneOf('income_group_fy26_partial', INCOME, true),
    oneOf('wb_lending_category', ['IDA', 'IBRD', 'Blend'], true),
    optionalText('notes'),
    text('sources'),
  ],
  unique: [['iso3'], ['iso2'], ['m49']],
};

/** states/memberships.csv — state × organisation. */
export const membershipsSpec: TableSpec = {
  order: 'exact',
  columns: [
    iso3(),
    text('org_id'),
    text('org_name'),
    oneOf('status', MEMBERSHIP_STATUSES),
    year('since'),
    year('until'),
    sourceUrl(),
    optionalText('notes'),
  ],
  unique: [['iso3', 'org_id']],
};

/** states/organisations.csv — project file: per-grouping completeness from states/DATA.md. */
export const organisationsSpec: TableSpec = {
  order: 'exact',
  columns: [
    text('org_id'),
    int('expected_rows', 0),
    oneOf('completeness', ['complete', 'partial']),
    optionalText('caveat'),
  ],
  unique: [['org_id']],
};
