import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { BuiltTable } from './write-db';
import { DB_FILE, MANIFEST_FILE } from './paths';
import { inputsHash } from './input-hash';
import { sources as sourcesTable } from './tables/reference';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Per-file hashes of a table's CSVs; `sha256` is the file's hash, or for several files the hash of `path hash` lines. */
function sourceFiles(dataDir: string, table: BuiltTable) {
  const files = table.def.from.map((path) => ({
    path: `data/${path}`,
    sha256: sha256(readFileSync(join(dataDir, path))),
  }));
  const combined = files.length === 1 ? files[0]!.sha256 : sha256(files.map((f) => `${f.path} ${f.sha256}\n`).join(''));
  return { files, combined };
}

/**
 * Writes manifest.json: what the browser loads (file, size, hash, version), each table's row
 * count, input hashes, sources and flags, and the full source list for the About page.
 * `version` is the first 12 hex digits of `inputs_sha256` (the input CSVs), not of the database
 * file, so briefs and citations name the data, and the same CSVs always give the same version.
 */
export async function writeManifest(conn: DuckDBConnection, dataDir: string, outDir: string, built: BuiltTable[]) {
  const dbPath = join(outDir, DB_FILE);
  const dbHash = sha256(readFileSync(dbPath));
  // The shipped sources (cited documents and datasets, with their weak-source flags), not the host catalogue.
  const sources = (
    await conn.runAndReadAll(
      `SELECT source_id, title, url, publisher, date, licence, strength, strength_rank, supplies, kind, weak_source, weak_reason
     FROM (${sourcesTable.select}) ORDER BY source_id`,
    )
  ).getRowObjectsJS();
  const inputs = inputsHash(dataDir);
  const manifest = {
    version: inputs.slice(0, 12),
    inputs_sha256: inputs,
    built_at: new Date().toISOString(),
    duckdb_file: DB_FILE,
    storage_version: 'v1.2.0',
    bytes: statSync(dbPath).size,
    sha256: dbHash,
    illustrative: built.some((t) => t.def.illustrative === true),
    tables: built.map((t) => {
      const { files, combined } = sourceFiles(dataDir, t);
      return {
        name: t.def.name,
        rows: t.rows,
        sha256: combined,
        source_files: files,
        sources: t.sourceIds,
        flags: { ...t.flags, illustrative: t.def.illustrative === true },
      };
    }),
    sources,
  };
  const tmp = join(outDir, `${MANIFEST_FILE}.tmp`);
  writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(tmp, join(outDir, MANIFEST_FILE));
  return manifest;
}
