/**
 * The one in-memory shape every export format is written from: typed fields plus plain rows.
 * Types come from the Arrow schema of the query result (read by shape, never `instanceof`,
 * because the browser and Node carry different Arrow copies), so CSV, Parquet, Arrow IPC, JSON
 * and datapackage.json all agree on what a column is.
 */
import { toRows } from '../db/arrow';
import { readColumn, type VectorLike } from './arrow-read';
import type { ArrowTableLike, Cell, Row } from '../db/types';

/** Column types as Frictionless Table Schema names them. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'any';

/** One column of an export. */
export interface ExportField {
  name: string;
  type: FieldType;
}

/** Rows ready to be encoded. */
export interface ExportTable {
  fields: ExportField[];
  rows: Row[];
}

// Arrow's Type enum values (the same in every Arrow build): Int 2, Float 3, Utf8 5, Bool 6,
// Decimal 7, Date 8, Timestamp 10, LargeUtf8 20, Dictionary −1.
const ARROW_TYPES: Record<number, FieldType> = {
  2: 'integer',
  3: 'number',
  5: 'string',
  6: 'boolean',
  7: 'number',
  8: 'date',
  10: 'datetime',
  20: 'string',
};

interface ArrowTypeLike {
  typeId?: number;
  bitWidth?: number;
  dictionary?: ArrowTypeLike;
}

/** Frictionless type of one Arrow field type (anything unusual is exported as text). */
export function fieldTypeOfArrow(type: ArrowTypeLike | undefined): FieldType {
  if (!type || typeof type.typeId !== 'number') return 'any';
  if (type.typeId === -1) return fieldTypeOfArrow(type.dictionary);
  // A 64-bit integer could exceed 2^53; the engine casts BIGINT to DOUBLE anyway.
  if (type.typeId === 2 && (type.bitWidth ?? 32) > 32) return 'number';
  return ARROW_TYPES[type.typeId] ?? 'any';
}

/** Turn a query result into an export table, keeping the column order of the SELECT. */
export function exportTableFromArrow(table: ArrowTableLike): ExportTable {
  const fields = table.schema.fields.map((f) => ({
    name: f.name,
    type: fieldTypeOfArrow((f as { type?: ArrowTypeLike }).type),
  }));
  const rows = columnRows(table, fields).map((r) => {
    for (const f of fields) {
      const v = r[f.name];
      // Arrow hands dates over as epoch milliseconds; exports carry ISO text (YYYY-MM-DD).
      if (typeof v === 'number' && (f.type === 'date' || f.type === 'datetime')) {
        const iso = new Date(v).toISOString();
        r[f.name] = f.type === 'date' ? iso.slice(0, 10) : iso;
      }
      // Lists and other composite cells become JSON text so every format can hold them.
      else if (f.type === 'any' && v !== null && typeof v === 'object') r[f.name] = JSON.stringify(v);
    }
    return r;
  });
  return { fields, rows };
}

interface ColumnTable {
  getChildAt?: (i: number) => VectorLike | null;
}

/**
 * Rows read column by column (Arrow's own layout: several times faster than a toJSON per row
 * on the 14,000-row survey); falls back to row-wise reading for a table without columns.
 */
function columnRows(table: ArrowTableLike, fields: ExportField[]): Row[] {
  const t = table as ArrowTableLike & ColumnTable;
  if (typeof t.getChildAt !== 'function') return toRows(table);
  const rows: Row[] = Array.from({ length: table.numRows }, () => ({}));
  fields.forEach((f, j) => {
    const col = t.getChildAt!(j);
    const cells = col ? readColumn(col) : [];
    for (let i = 0; i < rows.length; i++) rows[i][f.name] = cells[i] ?? null;
  });
  return rows;
}

/** The cells of one column, in row order. */
export function column(t: ExportTable, name: string): Cell[] {
  return t.rows.map((r) => r[name] ?? null);
}
