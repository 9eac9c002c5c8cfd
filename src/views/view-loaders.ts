import type { Component } from 'svelte';
import { engine } from '../state/engine-state.svelte';
import { requestViewSnapshot } from '../state/snapshot';

/**
 * The code of every view but the landing page, each a chunk of its own, fetched on first visit.
 * Kept apart from `registry.ts`, which imports the landing page eagerly: `early-fetch.ts`
 * imports only this file, so it runs, and starts a deep-linked view's chunk, before the
 * landing page's code (the world map and its libraries) has evaluated.
 */
export const LAZY_VIEWS = {
  norms: () => import('./norms/Norms.svelte').then((m) => m.default),
  law: () => import('./law/Law.svelte').then((m) => m.default),
  alignment: () => import('./alignment/Alignment.svelte').then((m) => m.default),
  capacity: () => import('./capacity/Capacity.svelte').then((m) => m.default),
  meetings: () => import('./meetings/Meetings.svelte').then((m) => m.default),
  proposals: () => import('./proposals/Proposals.svelte').then((m) => m.default),
  crosswalk: () => import('./crosswalk/Crosswalk.svelte').then((m) => m.default),
  'survey-draft': () => import('./survey-draft/SurveyDraft.svelte').then((m) => m.default),
  profile: () => import('./profile/Profile.svelte').then((m) => m.default),
  compare: () => import('./compare/Compare.svelte').then((m) => m.default),
  brief: () => import('./brief/Brief.svelte').then((m) => m.default),
  data: () => import('./data/Data.svelte').then((m) => m.default),
  about: () => import('./about/About.svelte').then((m) => m.default),
} satisfies Record<string, () => Promise<Component>>;

/** The loader of a view named in a URL, if it is a lazy view. */
export function lazyView(name: string): (() => Promise<Component>) | undefined {
  return Object.hasOwn(LAZY_VIEWS, name) ? (LAZY_VIEWS as Record<string, () => Promise<Component>>)[name] : undefined;
}

/**
 * Start fetching the precomputed first screen a view reads before DuckDB is up: its own
 * snapshot file (the landing page's is in the shared file, so nothing for it). Nothing once
 * DuckDB is ready; each file is fetched once, so calling it again is free.
 */
export function prefetchFirstScreen(view: string): void {
  if (!engine.db && lazyView(view)) requestViewSnapshot(view);
}
