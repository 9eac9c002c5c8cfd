/**
 * What a view's default first screen (`#/<view>` with no keys of its own, any filter) asks the
 * database, built with the same query functions the view uses. scripts/build-snapshot.ts runs
 * these on the shipped database, so the view paints and filters before DuckDB is ready; the
 * browser test `first-screens.test.ts` holds DuckDB back and fails if a view waits for it.
 */
export interface FirstScreen {
  /** exact SQL of every SELECT the screen runs (filters are reduced in JS from these) */
  queries: string[];
  /** session statements those queries read (run once DuckDB starts, in this order) */
  execs?: string[];
}
