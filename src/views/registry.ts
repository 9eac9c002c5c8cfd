import type { Component } from 'svelte';
import Overview from './overview/Overview.svelte';
import About from './about/About.svelte';
import Data from './data/Data.svelte';
import Norms from './norms/Norms.svelte';
import Profile from './profile/Profile.svelte';
import Compare from './compare/Compare.svelte';
import Brief from './brief/Brief.svelte';
import Capacity from './capacity/Capacity.svelte';
import Law from './law/Law.svelte';
import Alignment from './alignment/Alignment.svelte';

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
  { name: 'norms', label: 'Norms', component: Norms },
  { name: 'law', label: 'International law', component: Law },
  { name: 'alignment', label: 'Alignment', component: Alignment },
  { name: 'capacity', label: 'Capacity', component: Capacity },
  { name: 'profile', label: 'State profile', component: Profile },
  { name: 'compare', label: 'Compare', component: Compare },
  { name: 'brief', label: 'Brief', component: Brief },
  { name: 'data', label: 'Data', component: Data },
  { name: 'about', label: 'About', component: About },
];
