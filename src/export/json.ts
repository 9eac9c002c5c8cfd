/** JSON export: an array of row objects in column order, nulls kept as null. */
import type { ExportTable } from './table';

/** The table as JSON text: an array with one object per row, one row per line (compact but diffable). */
export function toJson(t: ExportTable): string {
  const lines = t.rows.map((r) => JSON.stringify(Object.fromEntries(t.fields.map((f) => [f.name, r[f.name] ?? null]))));
  return `[\n${lines.join(',\n')}\n]\n`;
}
