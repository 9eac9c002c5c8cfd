import type { ArrowTableLike, Cell, Row } from './types';

/**
 * Turn one Arrow value into a plain cell. BIGINT and DECIMAL are cast to DOUBLE by the engine
 * config, but a bigint can still arrive from a SUM or COUNT that was not cast, so it is
 * normalised here, in the one place every result passes through.
 */
export function normaliseCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'bigint':
      return Number(value);
    case 'number':
    case 'string':
    case 'boolean':
      return value;
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>, (v) => normaliseCell(v));
  const v = value as { toArray?: () => ArrayLike<unknown>; toJSON?: () => unknown };
  if (typeof v.toArray === 'function') return Array.from(v.toArray(), (x) => normaliseCell(x));
  if (typeof v.toJSON === 'function') return normaliseCell(v.toJSON());
  return String(value);
}

/** Convert an Arrow result to plain rows typed as `T` (the query's declared row type). */
export function toRows<T = Row>(table: ArrowTableLike): T[] {
  const names = table.schema.fields.map((f) => f.name);
  const raw = table.toArray();
  const out: T[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    const json = r ? r.toJSON() : {};
    const row: Row = {};
    for (const name of names) row[name] = normaliseCell(json[name]);
    out[i] = row as T;
  }
  return out;
}
