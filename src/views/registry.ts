import type { Component } from 'svelte';
import Overview from './overview/Overview.svelte';
import About from './about/About.svelte';
import Data from './data/Data.svelte';

/** One page of the app: its URL name, its nav label and its component. */
export interface ViewEntry {
  name: string;
  label: string;
  component: Component;
}

/**
 * Every view that works, in nav order. Only add an entry once the view renders real data and
 * has a browser test: the nav never lists a page that does not work.
 */
export const VIEW_REGISTRY: ViewEntry[] = [
  { name: 'overview', label: 'Overview', component: Overview },
  { name: 'data', label: 'Data', component: Data },
  { name: 'about', label: 'About', component: About },
];
