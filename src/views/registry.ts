import type { Component } from 'svelte';
import Overview from './overview/Overview.svelte';
import { LAZY_VIEWS } from './view-loaders';

/** One page of the app: its URL name, its nav label and how to load its component. */
export interface ViewEntry {
  name: string;
  label: string;
  /** Views other than the first screen are separate chunks, loaded on first visit (JS budget). */
  load: () => Promise<Component>;
}

/**
 * Every view that works, in nav order. Only add an entry once the view renders real data and
 * has a browser test: the nav never lists a page that does not work.
 */
export const VIEW_REGISTRY: ViewEntry[] = [
  { name: 'overview', label: 'Overview', load: () => Promise.resolve(Overview) },
  { name: 'norms', label: 'Norms', load: LAZY_VIEWS.norms },
  { name: 'law', label: 'International law', load: LAZY_VIEWS.law },
  { name: 'alignment', label: 'Alignment', load: LAZY_VIEWS.alignment },
  { name: 'capacity', label: 'Capacity', load: LAZY_VIEWS.capacity },
  { name: 'meetings', label: 'Meetings', load: LAZY_VIEWS.meetings },
  { name: 'proposals', label: 'Proposed norms', load: LAZY_VIEWS.proposals },
  { name: 'crosswalk', label: 'Regional crosswalk', load: LAZY_VIEWS.crosswalk },
  { name: 'survey-draft', label: 'Survey draft', load: LAZY_VIEWS['survey-draft'] },
  { name: 'profile', label: 'State profile', load: LAZY_VIEWS.profile },
  { name: 'compare', label: 'Compare', load: LAZY_VIEWS.compare },
  { name: 'brief', label: 'Brief', load: LAZY_VIEWS.brief },
  { name: 'data', label: 'Data', load: LAZY_VIEWS.data },
  { name: 'about', label: 'About', load: LAZY_VIEWS.about },
];
