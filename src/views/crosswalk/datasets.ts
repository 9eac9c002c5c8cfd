import type { DatasetSpec } from '../../queries/export';
import type { StateFilter } from '../../queries/filter';
import { frameworkMembersSql, regionalLinksSql } from '../../queries/crosswalk';

/** Downloadable rows behind the Regional crosswalk view. */
export const CROSSWALK_DATASETS = (f: StateFilter): DatasetSpec[] => [
  {
    name: 'regional-norm-links',
    title: 'Regional links to the UN norms',
    description:
      'Framework × measure × norm links (ASEAN, OAS, ARF, AU, OSCE) with relation, basis and basis_type (stated_in_source, editorial, title_only).',
    sql: regionalLinksSql(),
  },
  {
    name: 'regional-measures',
    title: 'Regional measures',
    description: 'ASEAN, OAS, ARF and AU commitments and measures with adoption text as written and source.',
    sql: 'SELECT * FROM regional_measures ORDER BY framework, item_id',
  },
  {
    name: 'framework-members',
    title: 'Framework members in scope',
    description: "Current members per framework and how many are in the filter's scope.",
    sql: frameworkMembersSql(f),
  },
];
