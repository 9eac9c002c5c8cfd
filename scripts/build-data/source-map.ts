import type { DuckDBConnection } from '@duckdb/node-api';
import type { Tables } from '../../src/validate/index';
import { buildCitations } from './citations';

/**
 * Stages `source_map(field, source_id)` (each distinct source cell → the document it cites)
 * and `cited_documents` (one row per cited document, see citations.ts), so every table's
 * `joinSource` gives its rows the id of their own document, whatever table they are in.
 */
export async function stageSourceMap(conn: DuckDBConnection, tables: Tables): Promise<void> {
  const { byCell, documents } = buildCitations(tables);
  await conn.run('CREATE OR REPLACE TABLE source_map (field VARCHAR PRIMARY KEY, source_id VARCHAR NOT NULL)');
  const map = await conn.createAppender('source_map');
  for (const [field, sourceId] of byCell) {
    map.appendVarchar(field);
    map.appendVarchar(sourceId);
    map.endRow();
  }
  map.closeSync();
  await conn.run(`CREATE OR REPLACE TABLE cited_documents (source_id VARCHAR PRIMARY KEY, title VARCHAR, url VARCHAR, publisher VARCHAR,
    date VARCHAR, licence VARCHAR, strength VARCHAR, strength_rank INTEGER, supplies VARCHAR, host_id VARCHAR,
    weak_source BOOLEAN, weak_reason VARCHAR, site_root BOOLEAN)`);
  const docs = await conn.createAppender('cited_documents');
  for (const d of documents.values()) {
    docs.appendVarchar(d.source_id);
    docs.appendVarchar(d.title);
    docs.appendVarchar(d.url);
    docs.appendVarchar(d.publisher);
    if (d.date === null) docs.appendNull();
    else docs.appendVarchar(d.date);
    docs.appendVarchar(d.licence);
    docs.appendVarchar(d.strength);
    docs.appendInteger(d.strength_rank);
    docs.appendVarchar(d.supplies.join('; '));
    if (d.host_id === null) docs.appendNull();
    else docs.appendVarchar(d.host_id);
    docs.appendBoolean(d.weak_source);
    if (d.weak_reason === null) docs.appendNull();
    else docs.appendVarchar(d.weak_reason);
    docs.appendBoolean(d.site_root);
    docs.endRow();
  }
  docs.closeSync();
}
