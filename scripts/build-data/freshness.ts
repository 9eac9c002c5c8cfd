import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './args';
import { DB_FILE, MANIFEST_FILE } from './paths';

/** Newest modification time under a file or folder (0 when absent). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

/**
 * True when the database and manifest exist and are newer than every data file and every file of
 * the build and validator code, so `npm run dev` does not rebuild on each start.
 */
export function isUpToDate(dataDir: string, outDir: string): boolean {
  const outputs = [join(outDir, DB_FILE), join(outDir, MANIFEST_FILE)];
  if (!outputs.every(existsSync)) return false;
  const builtAt = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const inputs = [
    dataDir,
    resolve(REPO_ROOT, 'scripts/build-data.ts'),
    resolve(REPO_ROOT, 'scripts/build-data'),
    resolve(REPO_ROOT, 'src/validate'),
  ];
  return inputs.every((p) => newestMtime(p) < builtAt);
}
