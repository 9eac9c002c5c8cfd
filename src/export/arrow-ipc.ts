/**
 * Arrow IPC (file format, `.arrow`) via apache-arrow's `tableToIPC`. Columns are assembled from
 * typed arrays with `makeData` rather than Arrow's builders, because the builders compile code
 * with `new Function`, which the app's Content-Security-Policy (no 'unsafe-eval') forbids. The
 * table is rebuilt from the typed export rows, so the bytes are the same whichever Arrow copy
 * produced the query result and match the other formats' types.
 */
import {
  Bool,
  DateDay,
  Field,
  Float64,
  Int32,
  RecordBatch,
  Schema,
  Struct,
  Table,
  TimestampMillisecond,
  Utf8,
  makeData,
  tableToIPC,
  type DataType,
} from 'apache-arrow';
import type { Cell } from '../db/types';
import type { ExportField, ExportTable } from './table';

const DAY_MS = 86_400_000;

/** Validity bitmap (1 = present) and null count for a column. */
function validity(cells: readonly Cell[]): { nullBitmap: Uint8Array; nullCount: number } {
  const nullBitmap = new Uint8Array(Math.ceil(cells.length / 8));
  let nullCount = 0;
  cells.forEach((c, i) => {
    if (c === null) nullCount++;
    else nullBitmap[i >> 3] |= 1 << (i & 7);
  });
  return { nullBitmap, nullCount };
}

function column(f: ExportField, cells: readonly Cell[]) {
  const length = cells.length;
  const v = validity(cells);
  const time = (c: Cell) => (typeof c === 'string' ? Date.parse(c) : 0);
  switch (f.type) {
    case 'integer':
      return makeData({
        type: new Int32(),
        length,
        ...v,
        data: Int32Array.from(cells, (c) => (typeof c === 'number' ? c : 0)),
      });
    case 'number':
      return makeData({
        type: new Float64(),
        length,
        ...v,
        data: Float64Array.from(cells, (c) => (typeof c === 'number' ? c : 0)),
      });
    case 'boolean': {
      const bits = new Uint8Array(Math.ceil(length / 8));
      cells.forEach((c, i) => c === true && (bits[i >> 3] |= 1 << (i & 7)));
      return makeData({ type: new Bool(), length, ...v, data: bits });
    }
    case 'date':
      return makeData({
        type: new DateDay(),
        length,
        ...v,
        data: Int32Array.from(cells, (c) => Math.floor(time(c) / DAY_MS)),
      });
    case 'datetime':
      return makeData({
        type: new TimestampMillisecond(),
        length,
        ...v,
        data: BigInt64Array.from(cells, (c) => BigInt(time(c))),
      });
    default: {
      // One buffer sized at 3 bytes per UTF-16 unit (UTF-8's worst case), filled with encodeInto:
      // no allocation per cell, then trimmed.
      const texts = cells.map((c) => (c === null ? '' : typeof c === 'string' ? c : JSON.stringify(c)));
      const buf = new Uint8Array(texts.reduce((n, s) => n + s.length * 3, 0));
      const enc = new TextEncoder();
      const valueOffsets = new Int32Array(length + 1);
      let at = 0;
      texts.forEach((s, i) => {
        at += enc.encodeInto(s, buf.subarray(at)).written;
        valueOffsets[i + 1] = at;
      });
      return makeData({ type: new Utf8(), length, ...v, valueOffsets, data: buf.slice(0, at) });
    }
  }
}

function arrowType(f: ExportField): DataType {
  const types: Record<string, () => DataType> = {
    integer: () => new Int32(),
    number: () => new Float64(),
    boolean: () => new Bool(),
    date: () => new DateDay(),
    datetime: () => new TimestampMillisecond(),
  };
  return (types[f.type] ?? (() => new Utf8()))();
}

/** The table as an Arrow IPC file; `metadata` goes into the schema's custom metadata. */
export function toArrowIpc(t: ExportTable, metadata: Record<string, string> = {}): Uint8Array {
  const fields = t.fields.map((f) => new Field(f.name, arrowType(f), true));
  const schema = new Schema(fields, new Map(Object.entries(metadata)));
  const children = t.fields.map((f) =>
    column(
      f,
      t.rows.map((r) => r[f.name] ?? null),
    ),
  );
  const batch = new RecordBatch(
    schema,
    makeData({ type: new Struct(fields), length: t.rows.length, nullCount: 0, children }),
  );
  return tableToIPC(new Table(schema, [batch]), 'file');
}
