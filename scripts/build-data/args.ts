import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

/** Repository root, found from this file so the script works from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Command-line options of build-data. */
export interface BuildArgs {
  /** Skip the build when the output is newer than every input. */
  ifNeeded: boolean;
  dataDir: string;
  outDir: string;
}

/** Parses `--if-needed`, `--data-dir <dir>`, `--out-dir <dir>`; paths resolve against the cwd. */
export function parseArgs(argv: readonly string[]): BuildArgs {
  const args: BuildArgs = {
    ifNeeded: false,
    dataDir: resolve(REPO_ROOT, 'data'),
    outDir: resolve(REPO_ROOT, 'public/data'),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--if-needed') args.ifNeeded = true;
    else if (flag === '--data-dir' || flag === '--out-dir') {
      const value = argv[++i];
      if (!value) throw new Error(`${flag} needs a directory`);
      if (flag === '--data-dir') args.dataDir = resolve(value);
      else args.outDir = resolve(value);
    } else throw new Error(`unknown option ${flag} (use --if-needed, --data-dir <dir>, --out-dir <dir>)`);
  }
  return args;
}
