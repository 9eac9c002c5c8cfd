import { toRows } from '../db/arrow';
import { createCoordinator } from './coordinator';
import { engine } from './engine-state.svelte';
import { logQuery } from './query-log.svelte';
import { snapshotSoFar } from './snapshot';

/** Bumped whenever the data queries read may have changed; facts computed once per epoch follow it. */
export const dataEpoch = $state({ value: 0 });

/**
 * The app's one coordinator: every view, download, brief, import and the opinion map's data
 * reach DuckDB through it. Until the engine is up, exact SQL precomputed at build time is
 * served from the snapshot (the shared file and the files of the views visited so far), so a
 * view paints and filters before DuckDB is ready.
 */
export const coordinator = createCoordinator({
  db: () => engine.start(),
  toRows: (t) => toRows(t),
  ready: () => engine.db !== null,
  snapshot: snapshotSoFar,
  log: logQuery,
  now: () => performance.now(),
  onInvalidate: () => dataEpoch.value++,
});

/** Rows of a SELECT through the coordinator (cached, shared while in flight, logged). */
export function runQuery<T>(sql: string): Promise<T[]> {
  return coordinator.query<T>(sql);
}

/** Forget cached results: call after any change to data the queries read (imports, removal). */
export function invalidateQueryCache(): void {
  coordinator.invalidate();
}
