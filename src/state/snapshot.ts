import type { Row } from '../db/types';

/**
 * Precomputed results for the queries the default first screen runs, keyed by exact SQL text
 * (written by scripts/build-snapshot.ts with the same query functions). They let the first
 * chart paint before DuckDB has started in its worker; any other SQL waits for the engine.
 */
export interface Snapshot {
  version: string;
  results: Record<string, Row[]>;
}

let loaded: Promise<Snapshot | null> | null = null;

/** Fetch the snapshot once; a missing or broken file just means no head start. */
export function loadSnapshot(url = 'data/snapshot.json'): Promise<Snapshot | null> {
  loaded ??= fetch(url)
    .then((r) => (r.ok ? (r.json() as Promise<Snapshot>) : null))
    .catch(() => null);
  return loaded;
}
