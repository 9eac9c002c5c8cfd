import { engine } from './engine-state.svelte';
import { runQuery } from './app-coordinator.svelte';

/** Benchmark and test hook: lets scripts time real queries in the page (no effect on the app). */
export function exposeDebugHooks(): void {
  (globalThis as unknown as { __commonGround?: object }).__commonGround = { runQuery, engine };
}
