import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { DuckDBInstance } from '@duckdb/node-api';
import { toParquet } from '../../../src/export/parquet';
import type { ExportTable } from '../../../src/export/table';

const empty: ExportTable = {
  fields: [
    { name: 'iso3', type: 'string' },
    { name: 'score', type: 'number' },
    { name: 'date', type: 'date' },
  ],
  rows: [],
};

describe('empty Parquet export', () => {
  it("rewrites exactly one footer byte of the writer's output: the empty row_groups list gets element type STRUCT (12)", () => {
    // The writer's own bytes, for comparison (same schema, no rows).
    const raw = new Uint8Array(
      parquetWriteBuffer({
        columnData: [
          { name: 'iso3', data: [] },
          { name: 'score', data: [] },
          { name: 'date', data: [] },
        ] as never,
        schema: [
          { name: 'root', num_children: 3 },
          { name: 'iso3', repetition_type: 'OPTIONAL', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
          { name: 'score', repetition_type: 'OPTIONAL', type: 'DOUBLE' },
          { name: 'date', repetition_type: 'OPTIONAL', type: 'INT32', converted_type: 'DATE' },
        ],
        kvMetadata: [],
        createdBy: 'Common Ground (hyparquet-writer)',
      }),
    );
    const fixed = toParquet(empty);
    expect(fixed.length).toBe(raw.length);
    const diffs = [...raw].map((b, i) => (b !== fixed[i] ? [i, b, fixed[i]] : null)).filter(Boolean);
    expect(diffs).toEqual([[expect.any(Number), 0x00, 0x0c]]);
    // the changed byte is in the footer, not in the magic or the length
    const footerStart = raw.length - 8 - new DataView(raw.buffer).getUint32(raw.length - 8, true);
    expect((diffs[0] as number[])[0]).toBeGreaterThan(footerStart);
  });

  it("reads back with DuckDB's own Parquet reader: 0 rows, the three columns, a DATE column", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-pq-'));
    const file = join(dir, 'empty.parquet');
    writeFileSync(file, toParquet(empty));
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    try {
      const n = (
        await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet('${file}')`)
      ).getRowObjects()[0].n;
      expect(n).toBe(0);
      const cols = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`))
        .getRowObjects()
        .map((r) => [r.column_name, r.column_type]);
      expect(cols).toEqual([
        ['iso3', 'VARCHAR'],
        ['score', 'DOUBLE'],
        ['date', 'DATE'],
      ]);
    } finally {
      conn.closeSync();
      db.closeSync();
    }
  });

  it('leaves files with rows untouched', () => {
    const one: ExportTable = { fields: empty.fields, rows: [{ iso3: 'KEN', score: 1.5, date: '2023-12-22' }] };
    const a = toParquet(one);
    const b = toParquet(one);
    expect(a).toEqual(b);
  });
});
