/**
 * The engine and the routes to it, under the name existing imports use. Each job lives in its
 * own module: engine status (engine-state), the coordinator that runs queries
 * (app-coordinator over coordinator.ts), the query log (query-log) and the debug hooks.
 */
export { engine } from './engine-state.svelte';
export { coordinator, dataEpoch, invalidateQueryCache, runQuery } from './app-coordinator.svelte';
export { queryLog, logReduction, type LoggedQuery } from './query-log.svelte';
export { exposeDebugHooks } from './debug-hooks';
