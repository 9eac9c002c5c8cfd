/**
 * Build the committed one-state-one-tile grid, src/charts/tile-grid.json.
 *
 *   npx tsx scripts/build-tiles.ts [--states data/states/states.csv] [--out src/charts/tile-grid.json] [--print]
 *
 * Deterministic: the same states.csv and world-atlas version give byte-identical output.
 * If the default states path does not exist yet, falls back to ../shared/data/states/states.csv.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3';
import type { Topology } from 'topojson-specification';
import { buildTileGrid, drawTileGrid, serializeTileGrid, type StateRow } from './lib/tile-layout';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const DEFAULT_STATES = 'data/states/states.csv';
const SHARED_STATES = '../shared/data/states/states.csv';
const TOPOLOGY = 'node_modules/world-atlas/countries-10m.json';
/** Recorded in the output so a reader knows how to regenerate it. */
export const GENERATED_BY = 'scripts/build-tiles.ts (npx tsx scripts/build-tiles.ts)';

/** Resolve the states CSV: an explicit path must exist; the default falls back to the shared copy. */
export function statesPath(explicit?: string): string {
  if (explicit) return resolve(ROOT, explicit);
  const local = resolve(ROOT, DEFAULT_STATES);
  return existsSync(local) ? local : resolve(ROOT, SHARED_STATES);
}

/** Parse the columns the layout needs from states.csv text. */
export function parseStates(text: string): StateRow[] {
  return csvParse(text).map((r, i) => {
    const m49 = Number(r.m49);
    if (!r.iso3 || !/^[A-Z]{3}$/.test(r.iso3) || !Number.isInteger(m49) || !r.m49_subregion) {
      throw new Error(`states.csv row ${i + 2}: need iso3 (3 capitals), integer m49 and m49_subregion`);
    }
    return { iso3: r.iso3, m49, m49_subregion: r.m49_subregion };
  });
}

/** Read inputs and return the serialised grid text. */
export function buildTileGridText(states = statesPath()): string {
  const rows = parseStates(readFileSync(states, 'utf8'));
  const topology = JSON.parse(readFileSync(resolve(ROOT, TOPOLOGY), 'utf8')) as Topology;
  return serializeTileGrid(buildTileGrid(rows, topology, GENERATED_BY));
}

function main(argv: string[]): void {
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const states = statesPath(opt('--states'));
  const out = resolve(ROOT, opt('--out') ?? 'src/charts/tile-grid.json');
  const text = buildTileGridText(states);
  writeFileSync(out, text);
  const grid = JSON.parse(text) as ReturnType<typeof buildTileGrid>;
  console.log(`tile grid: ${grid.tiles.length} states, ${grid.columns}×${grid.rows} → ${out} (from ${states})`);
  if (argv.includes('--print')) console.log(drawTileGrid(grid));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
