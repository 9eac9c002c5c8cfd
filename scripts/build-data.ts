// Validates data/ and builds public/data/common-ground.duckdb + manifest.json (see data/SCHEMA.md).
// Usage: npx tsx scripts/build-data.ts [--if-needed] [--data-dir <dir>] [--out-dir <dir>]
import { parseArgs } from './build-data/args';
import { isUpToDate } from './build-data/freshness';
import { buildData } from './build-data/build';
import { displayPath } from './build-data/paths';

const ERROR_CAP = 50;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.ifNeeded && isUpToDate(args.dataDir, args.outDir)) {
    console.log(`data: ${displayPath(args.outDir)} is up to date`);
    return 0;
  }
  const started = performance.now();
  const result = await buildData(args.dataDir, args.outDir);
  if (!result.ok) {
    const { errors } = result;
    console.error(`data: ${errors.length} error(s) in ${displayPath(args.dataDir)}; nothing written.`);
    for (const e of errors.slice(0, ERROR_CAP)) console.error(`  ${e.message}`);
    if (errors.length > ERROR_CAP) console.error(`  … and ${errors.length - ERROR_CAP} more`);
    return 1;
  }
  const { manifest } = result;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const tables = manifest.tables.map((t) => `${t.name} ${t.rows}`).join(', ');
  console.log(
    `data: wrote ${displayPath(args.outDir)}/${manifest.duckdb_file} (${manifest.bytes} bytes, version ${manifest.version}) in ${seconds}s`,
  );
  console.log(`data: ${tables}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('data: build failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
