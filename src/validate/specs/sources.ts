import type { TableSpec } from '../types';
import { int, oneOf, optionalText, text } from './common';

/**
 * Strength labels and their fixed rank (1 strongest … 5 weakest). One rank per label keeps
 * "how strong is this source" answerable from either column without a lookup.
 */
export const STRENGTH_RANK: Readonly<Record<string, number>> = {
  official: 1,
  state_text: 1,
  toolkit: 2,
  dataset: 2,
  analysis: 3,
  editorial: 3,
  secondary: 4,
  derivative: 5,
};

/** sources/sources.csv — every source a fact row can point to. */
export const sourcesSpec: TableSpec = {
  order: 'exact',
  columns: [
    {
      name: 'source_id',
      type: 'string',
      pattern: /^[a-z0-9-]+$/,
      patternHint: 'lower-case letters, digits and dashes',
    },
    text('title'),
    optionalText('url'),
    text('publisher'),
    optionalText('date'),
    text('licence'),
    oneOf('strength', Object.keys(STRENGTH_RANK)),
    int('strength_rank', 1, 5),
    text('supplies'),
    {
      name: 'url_prefixes',
      type: 'string',
      nullable: true,
      pattern: /^https?:\/\/\S+( https?:\/\/\S+)*$/,
      patternHint: 'space-separated http(s) URL prefixes',
    },
  ],
  unique: [['source_id']],
};

/** Why a host is a weak place to cite (sources/weak_hosts.csv). */
export const WEAK_HOST_KINDS = ['thread_reader', 'aggregator', 'mirror', 'machine_or_unofficial_copy'] as const;

/** sources/weak_hosts.csv — URL prefixes of thread readers, aggregators, mirrors and machine-made copies. */
export const weakHostsSpec: TableSpec = {
  order: 'exact',
  columns: [
    {
      name: 'url_prefix',
      type: 'string',
      pattern: /^https?:\/\/[^\s/]+\/\S*$/,
      patternHint: 'an http(s) URL prefix ending in a path (at least "/")',
    },
    oneOf('kind', WEAK_HOST_KINDS),
    text('basis'),
  ],
  unique: [['url_prefix']],
};
