import type { LiveQuery as LQ } from '../../../src/state/query.svelte';

/** Creates a LiveQuery inside $effect.root, outside any component (no readiness context). */
export function outsideProbe(LiveQuery: typeof LQ, run: (sql: string) => Promise<unknown[]>) {
  let q: LQ<unknown> | null = null;
  const dispose = $effect.root(() => {
    q = new LiveQuery<unknown>(() => 'SELECT 9', run);
  });
  return { dispose, rows: () => q?.rows ?? null };
}
