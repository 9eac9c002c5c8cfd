import { DATASET_SOURCES, NON_STATE_MEMBERS } from '../../../src/validate/index';
import { joinSource, type TableDef } from './types';

const bool = (c: string) => `CAST(${c} AS BOOLEAN) AS ${c}`;

const datasetIds = [...new Set(Object.values(DATASET_SOURCES).flat())].map((id) => `'${id}'`).join(', ');

/**
 * Every source a shipped row cites: one row per cited document (kind `document`, built from the
 * rows' own URLs by citations.ts, with the host it falls under and the weak-source flags) plus
 * the dataset-level and compiled sources of sources.csv (kind `dataset`: rows without URL
 * prefixes and the ids files without per-row URLs are assigned). Host entries of sources.csv
 * are not sources: they describe where documents live, and ship as `source_hosts`.
 */
export const sources: TableDef = {
  name: 'sources',
  from: ['sources/sources.csv', 'sources/weak_hosts.csv'],
  select: `SELECT source_id, title, url, publisher, date, licence, strength, strength_rank, supplies, kind, host_id,
      weak_source, weak_reason, site_root
    FROM (
      SELECT source_id, title, url, publisher, date, licence, strength, CAST(strength_rank AS INTEGER) AS strength_rank,
        supplies, 'dataset' AS kind, NULL::VARCHAR AS host_id, false AS weak_source, NULL::VARCHAR AS weak_reason, false AS site_root
      FROM raw_sources WHERE url_prefixes IS NULL OR source_id IN (${datasetIds})
      UNION ALL
      SELECT source_id, title, url, publisher, date, licence, strength, strength_rank, supplies, 'document', host_id,
        weak_source, weak_reason, site_root
      FROM cited_documents)
    ORDER BY kind, source_id`,
  flags: {
    documents: `count_if(kind = 'document')`,
    weak_sources: 'count_if(weak_source)',
    site_roots: 'count_if(site_root)',
  },
};

/** The host catalogue of sources.csv: publisher and strength per URL prefix (what documents fall under). */
export const sourceHosts: TableDef = {
  name: 'source_hosts',
  from: ['sources/sources.csv'],
  select: `SELECT source_id AS host_id, title, publisher, licence, strength, CAST(strength_rank AS INTEGER) AS strength_rank,
      supplies, url_prefixes
    FROM raw_sources WHERE url_prefixes IS NOT NULL ORDER BY host_id`,
};

/** states.csv typed; every row backed by the compiled reference list. */
export const states: TableDef = {
  name: 'states',
  from: ['states/states.csv'],
  select: `SELECT iso3, iso2, CAST(m49 AS INTEGER) AS m49, name, name_common, ${bool('un_member')},
      ${bool('un_observer_state')}, m49_region, m49_subregion, m49_intermediate_region, un_regional_group,
      ${bool('rg_special_case')}, ${bool('ldc')}, ${bool('lldc')}, ${bool('sids')}, income_group,
      income_group_fy26_partial, wb_lending_category, notes, sources, '${DATASET_SOURCES.states}' AS source_id
    FROM raw_states ORDER BY iso3`,
  flags: { un_members: 'count_if(un_member)', observers: 'count_if(un_observer_state)' },
  extraSources: DATASET_SOURCES.statesParts,
};

/** One row per grouping: name and row count from memberships, completeness from states/DATA.md. */
export const organisations: TableDef = {
  name: 'organisations',
  from: ['states/organisations.csv', 'states/memberships.csv'],
  select: `SELECT o.org_id, any_value(m.org_name) AS org_name, CAST(count(m.iso3) AS INTEGER) AS rows,
      o.completeness, o.caveat
    FROM raw_organisations o LEFT JOIN raw_memberships m USING (org_id)
    GROUP BY o.org_id, o.completeness, o.caveat ORDER BY o.org_id`,
  flags: { partial: `count_if(completeness = 'partial')` },
};

const nonStates = [...NON_STATE_MEMBERS].map((c) => `'${c}'`).join(', ');

/** memberships.csv with the current / in-states / inferred flags from README rules 3 and 5. */
export const memberships: TableDef = {
  name: 'memberships',
  from: ['states/memberships.csv'],
  select: `SELECT m.iso3, m.org_id, m.org_name, m.status, CAST(m.since AS INTEGER) AS since,
      CAST(m.until AS INTEGER) AS until,
      m.status NOT IN ('withdrawn', 'withdrawn_contested', 'non_participating') AS is_current,
      m.iso3 NOT IN (${nonStates}) AND m.iso3 IN (SELECT iso3 FROM raw_states) AS in_states,
      coalesce(regexp_matches(lower(m.notes), 'inferred|verify'), false) AS inferred,
      m.source_url, m.notes, m_src.source_id
    FROM raw_memberships m ${joinSource('m')} ORDER BY m.iso3, m.org_id`,
  flags: {
    inferred_rows: 'count_if(inferred)',
    not_in_states: 'count_if(NOT in_states)',
    not_current: 'count_if(NOT is_current)',
  },
};
