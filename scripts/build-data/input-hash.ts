import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_PATHS } from '../../src/validate/index';

/**
 * Hash of the input CSVs: for each path under data/ in sorted order, the path, its byte length
 * and its bytes. The data version is derived from this alone, so the same CSVs always give the
 * same version (the database file's own hash can differ between builds of the same data).
 */
export function inputsHash(dataDir: string, paths: readonly string[] = DATA_PATHS): string {
  const hash = createHash('sha256');
  for (const path of [...paths].sort()) {
    const bytes = readFileSync(join(dataDir, path));
    hash.update(`data/${path}\n${bytes.length}\n`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
