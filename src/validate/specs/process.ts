import type { ColumnSpec, TableSpec } from '../types';
import { int, oneOf, optionalText, sourceUrl, text } from './common';

/**
 * process/*.csv — UN process calendar, proposed norms, regional crosswalk, points of contact and
 * stakeholder participation (process/DATA.md). Each column mirrors the DATA.md column tables.
 */

/** Event kinds listed in process/DATA.md. */
export const EVENT_KINDS = [
  'substantive_session',
  'organizational_session',
  'thematic_group',
  'decision',
  'milestone',
  'briefing',
  'consultation',
  'side_event',
  'proposal',
  'regional_meeting',
] as const;

/** Regional frameworks coded in regional_measures.csv (OSCE CBMs live in norms-capacity/cbms.csv). */
export const REGIONAL_FRAMEWORKS = ['ASEAN', 'OAS', 'ARF', 'AU'] as const;

/** How a regional measure relates to the UN norms (process/DATA.md). */
export const REGIONAL_RELATIONS = [
  'adopts_un_norms',
  'implements_un_norms',
  'same_subject',
  'supports_implementation',
] as const;

/** Whether a link is stated by the source, our reading, or read from a title only. */
export const BASIS_TYPES = ['stated_in_source', 'editorial', 'title_only'] as const;

/**
 * Upper-case tokens in proposed_by / supported_by that are organisations, not states. Any other
 * upper-case token must be an ISO3 code of states.csv, so a mistyped code cannot pass as a name.
 */
export const NON_STATE_ACTOR_CODES: ReadonlySet<string> = new Set(['WRR', 'GCSC', 'INTERPOL']);

/** Full or partial ISO date, as DATA.md allows: YYYY-MM-DD, YYYY-MM or YYYY. */
const partialDate = (name: string, nullable = true): ColumnSpec => ({
  name,
  type: 'string',
  nullable,
  pattern: /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
  patternHint: 'an ISO date YYYY-MM-DD, YYYY-MM or YYYY',
});
const normId = (): ColumnSpec => ({ name: 'norm_id', type: 'string', pattern: /^[a-k]$/, patternHint: 'a letter a–k' });

/** process/process_events.csv — one event or decision. */
export const processEventsSpec: TableSpec = {
  order: 'exact',
  columns: [
    {
      name: 'event_id',
      type: 'string',
      pattern: /^[a-z0-9-]+$/,
      patternHint: 'lower-case letters, digits and hyphens',
    },
    text('body'),
    text('title'),
    partialDate('start_date'),
    partialDate('end_date'),
    optionalText('location'),
    oneOf('kind', EVENT_KINDS),
    optionalText('agenda_items'),
    optionalText('documents'),
    sourceUrl(),
    optionalText('notes'),
  ],
  unique: [['event_id']],
};

/** process/poc_directory_counts.csv — one published count of the global POC directory. */
export const pocDirectoryCountsSpec: TableSpec = {
  order: 'exact',
  columns: [
    { name: 'as_of', type: 'date' },
    text('count_text'),
    int('count_min', 0, 193),
    text('measure'),
    sourceUrl(),
    text('source_quality'),
    optionalText('notes'),
  ],
  unique: [['as_of']],
};

/** process/norm_proposals.csv — one proposed new or updated norm. */
export const normProposalsSpec: TableSpec = {
  order: 'exact',
  columns: [
    {
      name: 'proposal_id',
      type: 'string',
      pattern: /^np-[a-z0-9-]+$/,
      patternHint: 'np- followed by lower-case words',
    },
    text('title'),
    text('summary_own_words'),
    text('proposed_by'),
    optionalText('supported_by'),
    text('forum'),
    int('year', 1990, 2100, true),
    text('status'),
    sourceUrl(),
  ],
  unique: [['proposal_id']],
};

/** process/regional_measures.csv — one regional commitment or measure. */
export const regionalMeasuresSpec: TableSpec = {
  order: 'exact',
  columns: [
    oneOf('framework', REGIONAL_FRAMEWORKS),
    text('item_id'),
    text('title'),
    text('summary_own_words'),
    optionalText('adopted'),
    sourceUrl(),
  ],
  unique: [['framework', 'item_id'], ['item_id']],
};

/** process/regional_norm_links.csv — one measure × norm link with its basis. */
export const regionalNormLinksSpec: TableSpec = {
  order: 'exact',
  columns: [
    oneOf('framework', REGIONAL_FRAMEWORKS),
    text('item_id'),
    normId(),
    oneOf('relation', REGIONAL_RELATIONS),
    text('basis'),
    oneOf('basis_type', BASIS_TYPES),
    sourceUrl(),
  ],
  unique: [['framework', 'item_id', 'norm_id']],
};

/** process/stakeholder_participation.csv — one published fact on stakeholder participation. */
export const stakeholderParticipationSpec: TableSpec = {
  order: 'exact',
  columns: [
    { name: 'record_id', type: 'string', pattern: /^sh-[a-z0-9-]+$/, patternHint: 'sh- followed by lower-case words' },
    text('body'),
    partialDate('date', false),
    text('metric'),
    text('value'),
    text('detail_own_words'),
    sourceUrl(),
    text('source_quality'),
    optionalText('notes'),
  ],
  unique: [['record_id']],
};
