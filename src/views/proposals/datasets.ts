import type { DatasetSpec } from '../../queries/export';
import type { StateFilter } from '../../queries/filter';
import { backersSql } from '../../queries/proposals';

/** Downloadable rows behind the Proposed norms view (backers carry the in-scope flag). */
export const PROPOSAL_DATASETS = (f: StateFilter): DatasetSpec[] => [
  {
    name: 'norm-proposals',
    title: 'Proposed norms',
    description:
      'Proposed new or updated norms with proposers and backers as written, forum, year, status, related UN norm (only where the row names one) and source.',
    sql: 'SELECT * FROM norm_proposals ORDER BY proposal_id',
  },
  {
    name: 'proposal-backers',
    title: 'Proposers and backers',
    description:
      'One row per named proposer or backer; is_state false for organisations and backers named in words; in_scope follows the filter.',
    sql: backersSql(f),
  },
];
