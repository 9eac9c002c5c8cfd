import type { Row } from '../db/types';
import type { PrecomputedResults } from './coordinator';

/**
 * Precomputed results for the queries each view's default first screen runs, keyed by exact SQL
 * text (written by scripts/build-snapshot.ts from the views' own declarations,
 * `views/<view>/first-screen.ts`, on the shipped database). They let a view paint, and its
 * filters work, before DuckDB has started in its worker; any other SQL waits for the engine.
 *
 * `data/snapshot.json` holds the queries every view shares and the Overview's (the landing
 * page); every other view has a file of its own (`data/snapshots/<view>.json`), fetched when
 * the view is first opened, in parallel with its code.
 */
export interface Snapshot {
  version: string;
  results: Record<string, Row[]>;
  /** session statements the results assume (see PrecomputedResults.execs) */
  execs?: string[];
}

const SHARED = 'data/snapshot.json';
const files = new Map<string, Promise<Snapshot | null>>();
let merged: { files: number; value: PrecomputedResults } | null = null;

/** Fetch one file once; a missing or broken file just means no head start. */
function load(url: string): Promise<Snapshot | null> {
  let p = files.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<Snapshot>) : null))
      .catch(() => null);
    files.set(url, p);
  }
  return p;
}

/** The shared snapshot (fetched once). */
export function loadSnapshot(): Promise<Snapshot | null> {
  return load(SHARED);
}

/**
 * Start fetching a view's own snapshot (every view but the landing page has one). Call on
 * navigation, before the view's queries run: {@link snapshotSoFar} waits for every file
 * requested so far.
 */
export function requestViewSnapshot(view: string): void {
  void load(`data/snapshots/${view}.json`);
}

/** Every requested file's results and session statements, merged (once per new file). */
export async function snapshotSoFar(): Promise<PrecomputedResults | null> {
  void loadSnapshot();
  const all = await Promise.all([...files.values()]);
  if (merged?.files === all.length) return merged.value;
  const value: PrecomputedResults = { results: {}, execs: [] };
  for (const s of all) {
    if (!s) continue;
    Object.assign(value.results, s.results);
    (value.execs as string[]).push(...(s.execs ?? []));
  }
  merged = { files: all.length, value };
  return value;
}
