/**
 * Parquet, written in JavaScript by hyparquet-writer: duckdb-wasm would have to download its
 * Parquet extension from the internet, which the app never does (DESIGN §4).
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet-writer';
import type { Cell } from '../db/types';
import type { ExportField, ExportTable } from './table';
import { fixEmptyRowGroups } from './parquet-footer';

function schemaElement(f: ExportField): SchemaElement {
  const base = { name: f.name, repetition_type: 'OPTIONAL' as const };
  switch (f.type) {
    case 'integer':
      return { ...base, type: 'INT32' };
    case 'number':
      return { ...base, type: 'DOUBLE' };
    case 'boolean':
      return { ...base, type: 'BOOLEAN' };
    case 'date':
      return { ...base, type: 'INT32', converted_type: 'DATE' };
    case 'datetime':
      return { ...base, type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' };
    default:
      return { ...base, type: 'BYTE_ARRAY', converted_type: 'UTF8' };
  }
}

function columnValues(f: ExportField, cells: Cell[]): unknown[] {
  if (f.type === 'date' || f.type === 'datetime') return cells.map((c) => (typeof c === 'string' ? new Date(c) : null));
  if (f.type === 'string' || f.type === 'any')
    return cells.map((c) => (c === null ? null : typeof c === 'string' ? c : JSON.stringify(c)));
  return cells;
}

/**
 * The table as a Parquet file (Snappy-compressed, one schema element per field, all nullable).
 * @param metadata key/value pairs stored in the file footer (filter, data version)
 */
export function toParquet(t: ExportTable, metadata: Record<string, string> = {}): Uint8Array {
  const schema: SchemaElement[] = [{ name: 'root', num_children: t.fields.length }, ...t.fields.map(schemaElement)];
  const columnData = t.fields.map((f) => ({
    name: f.name,
    data: columnValues(
      f,
      t.rows.map((r) => r[f.name] ?? null),
    ) as never,
  }));
  const buffer = parquetWriteBuffer({
    columnData,
    schema,
    kvMetadata: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    createdBy: 'Common Ground (hyparquet-writer)',
  });
  const bytes = new Uint8Array(buffer);
  return t.rows.length === 0 ? fixEmptyRowGroups(bytes) : bytes;
}
