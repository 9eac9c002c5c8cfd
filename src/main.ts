// First: starts the deep-linked view's data and code fetches before anything else evaluates.
import './early-fetch';
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { enableBelowFold } from './ui/below-fold';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// Blocks below the fold wait for the reader to pause after the first screen (ui/below-fold.ts).
enableBelowFold();

/** The mounted application (kept for hot reload). */
export default mount(App, { target });
