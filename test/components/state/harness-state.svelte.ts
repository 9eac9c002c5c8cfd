/** Reactive inputs for the readiness harness (runes live in .svelte.ts files). */
export function harnessState() {
  const input = $state<{ sql: string | null }>({ sql: 'SELECT 1' });
  const chart = $state({ on: false, painted: false });
  return { input, chart };
}
