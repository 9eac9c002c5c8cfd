import type { DuckDBConnection } from '@duckdb/node-api';
import { DATA_FILES, firstUrl, matchSource, sourcePrefixes, type DataPath, type Tables } from '../../src/validate/index';

/**
 * Stages `source_map(field, source_id)`: for each distinct source-URL cell, the source whose
 * prefix is the longest match of the cell's first URL. Computed with the validator's matchSource
 * so SQL and validation cannot disagree about which source backs a row.
 */
export async function stageSourceMap(conn: DuckDBConnection, tables: Tables): Promise<void> {
  const prefixes = sourcePrefixes(tables);
  const map = new Map<string, string>();
  for (const [path, def] of Object.entries(DATA_FILES) as [DataPath, (typeof DATA_FILES)[DataPath]][]) {
    const table = tables[path];
    if (!table) continue;
    for (const column of def.urlColumns) {
      const index = table.header.indexOf(column);
      for (const row of table.rows) {
        const cell = row[index] ?? '';
        const url = firstUrl(cell);
        const sourceId = url ? matchSource(url, prefixes) : undefined;
        if (sourceId) map.set(cell, sourceId);
      }
    }
  }
  await conn.run('CREATE OR REPLACE TABLE source_map (field VARCHAR PRIMARY KEY, source_id VARCHAR NOT NULL)');
  const appender = await conn.createAppender('source_map');
  for (const [field, sourceId] of map) {
    appender.appendVarchar(field);
    appender.appendVarchar(sourceId);
    appender.endRow();
  }
  appender.closeSync();
}
