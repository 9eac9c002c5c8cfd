import type { Component } from 'svelte';
import Overview from './overview/Overview.svelte';
import { engine } from '../state/engine-state.svelte';
import { requestViewSnapshot } from '../state/snapshot';

/** One page of the app: its URL name, its nav label and how to load its component. */
export interface ViewEntry {
  name: string;
  label: string;
  /** Views other than the first screen are separate chunks, loaded on first visit (JS budget). */
  load: () => Promise<Component>;
}

const eager = (c: Component) => () => Promise.resolve(c);

/**
 * Every view that works, in nav order. Only add an entry once the view renders real data and
 * has a browser test: the nav never lists a page that does not work.
 */
export const VIEW_REGISTRY: ViewEntry[] = [
  { name: 'overview', label: 'Overview', load: eager(Overview) },
  { name: 'norms', label: 'Norms', load: () => import('./norms/Norms.svelte').then((m) => m.default) },
  { name: 'law', label: 'International law', load: () => import('./law/Law.svelte').then((m) => m.default) },
  { name: 'alignment', label: 'Alignment', load: () => import('./alignment/Alignment.svelte').then((m) => m.default) },
  { name: 'capacity', label: 'Capacity', load: () => import('./capacity/Capacity.svelte').then((m) => m.default) },
  { name: 'meetings', label: 'Meetings', load: () => import('./meetings/Meetings.svelte').then((m) => m.default) },
  {
    name: 'proposals',
    label: 'Proposed norms',
    load: () => import('./proposals/Proposals.svelte').then((m) => m.default),
  },
  {
    name: 'crosswalk',
    label: 'Regional crosswalk',
    load: () => import('./crosswalk/Crosswalk.svelte').then((m) => m.default),
  },
  {
    name: 'survey-draft',
    label: 'Survey draft',
    load: () => import('./survey-draft/SurveyDraft.svelte').then((m) => m.default),
  },
  { name: 'profile', label: 'State profile', load: () => import('./profile/Profile.svelte').then((m) => m.default) },
  { name: 'compare', label: 'Compare', load: () => import('./compare/Compare.svelte').then((m) => m.default) },
  { name: 'brief', label: 'Brief', load: () => import('./brief/Brief.svelte').then((m) => m.default) },
  { name: 'data', label: 'Data', load: () => import('./data/Data.svelte').then((m) => m.default) },
  { name: 'about', label: 'About', load: () => import('./about/About.svelte').then((m) => m.default) },
];

/**
 * Start fetching the precomputed first screen a view reads before DuckDB is up: its own
 * snapshot file (the landing page's is in the shared file). Nothing once DuckDB is ready;
 * each file is fetched once, so calling it again is free.
 */
export function prefetchFirstScreen(v: ViewEntry): void {
  if (!engine.db && v !== VIEW_REGISTRY[0]) requestViewSnapshot(v.name);
}
