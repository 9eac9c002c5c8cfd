import { DuckDBInstance } from '@duckdb/node-api';
import { validateDataset, type ValidationError } from '../../src/validate/index';
import { readDataDir } from './read';
import { stageSourceMap } from './source-map';
import { TABLES } from './tables/index';
import { cleanTemp, writeDatabase } from './write-db';
import { writeManifest } from './manifest';

/** Outcome of one build: either the validation errors, or the manifest that was written. */
export type BuildResult =
  { ok: false; errors: ValidationError[] } | { ok: true; manifest: Awaited<ReturnType<typeof writeManifest>> };

/**
 * Reads and validates data/, then (only if there is no error at all) writes the database and
 * manifest. Nothing in outDir is touched before validation has passed.
 */
export async function buildData(dataDir: string, outDir: string): Promise<BuildResult> {
  // No extension may be fetched or loaded: the build must work offline and stay reproducible.
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const conn = await instance.connect();
  try {
    await conn.run('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
    const { tables, errors: readErrors } = await readDataDir(conn, dataDir);
    const errors = [...readErrors, ...validateDataset(tables)];
    if (errors.length > 0) return { ok: false, errors };
    await stageSourceMap(conn, tables);
    try {
      const built = await writeDatabase(conn, TABLES, outDir);
      return { ok: true, manifest: await writeManifest(conn, dataDir, outDir, built) };
    } catch (error) {
      cleanTemp(outDir);
      throw error;
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
