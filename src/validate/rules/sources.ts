import type { ValidationError } from '../types';
import { makeError } from '../report';
import { extractUrls, matchSource, parsePrefixes, type SourcePrefix } from '../urls';
import { columnReader } from '../keys';
import { DATA_FILES, type CitationColumns, type DataPath } from '../specs/index';
import { STRENGTH_RANK } from '../specs/sources';
import { DATASET_SOURCES } from '../specs/expectations';
import { hasColumns, records, type Tables } from './tables';

/** Prefix list from sources.csv (empty when the file or its columns are missing). */
export function sourcePrefixes(tables: Tables): SourcePrefix[] {
  const sources = tables['sources/sources.csv'];
  if (!hasColumns(sources, ['source_id', 'url_prefixes'])) return [];
  return parsePrefixes(
    records(sources, ['source_id', 'url_prefixes']).map((r) => ({
      sourceId: r.source_id,
      urlPrefixes: r.url_prefixes,
    })),
  );
}

/** sources.csv itself: rank agrees with strength; no prefix claimed by two sources (matching would be ambiguous). */
function checkSourcesFile(tables: Tables): ValidationError[] {
  const sources = tables['sources/sources.csv'];
  if (!hasColumns(sources, ['source_id', 'strength', 'strength_rank', 'url_prefixes'])) return [];
  const errors: ValidationError[] = [];
  const owner = new Map<string, string>();
  records(sources, ['source_id', 'strength', 'strength_rank', 'url_prefixes']).forEach((r, i) => {
    const rank = STRENGTH_RANK[r.strength];
    if (rank !== undefined && String(rank) !== r.strength_rank) {
      errors.push(
        makeError(
          sources.file,
          i + 1,
          'strength-rank',
          `strength ${r.strength} must have strength_rank ${rank}, found ${r.strength_rank}`,
          'strength_rank',
        ),
      );
    }
    for (const prefix of r.url_prefixes.split(/\s+/).filter((p) => p !== '')) {
      const other = owner.get(prefix);
      if (other)
        errors.push(
          makeError(sources.file, i + 1, 'unique', `url prefix ${prefix} is also claimed by ${other}`, 'url_prefixes'),
        );
      else owner.set(prefix, r.source_id);
    }
  });
  return errors;
}

/** Ids the build assigns to whole files must exist in sources.csv. */
function checkDatasetSources(tables: Tables): ValidationError[] {
  const sources = tables['sources/sources.csv'];
  if (!hasColumns(sources, ['source_id'])) return [];
  const known = new Set(records(sources, ['source_id']).map((r) => r.source_id));
  const needed = Object.values(DATASET_SOURCES).flat();
  return needed
    .filter((id) => !known.has(id))
    .map((id) =>
      makeError(sources.file, 'file', 'source', `dataset-level source_id "${id}" is not defined`, 'source_id'),
    );
}

/**
 * Every URL in every source column matches a url_prefixes entry of sources.csv, which says who
 * publishes it and how strong it is. Files whose rows code their own source strength
 * (`citation.strength`, e.g. il-positions-2, statements) may cite hosts sources.csv lacks.
 */
export function checkSources(tables: Tables): ValidationError[] {
  const sources = tables['sources/sources.csv'];
  if (!sources) return [];
  const prefixes = sourcePrefixes(tables);
  const errors = [...checkSourcesFile(tables), ...checkDatasetSources(tables)];
  for (const [path, def] of Object.entries(DATA_FILES) as [DataPath, (typeof DATA_FILES)[DataPath]][]) {
    const table = tables[path];
    if (!table || ('citation' in def && (def.citation as CitationColumns).strength)) continue;
    for (const column of def.urlColumns) {
      const read = columnReader(table, column);
      if (!read) continue;
      table.rows.forEach((row, i) => {
        for (const url of extractUrls(read(row))) {
          if (matchSource(url, prefixes)) continue;
          const detail = `${column} URL "${url}" matches no url_prefixes in ${sources.file}`;
          errors.push(makeError(table.file, i + 1, 'source', detail, column));
        }
      });
    }
  }
  return errors;
}
