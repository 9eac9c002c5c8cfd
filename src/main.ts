// First: starts the deep-linked view's data and code fetches before anything else evaluates.
import './early-fetch';
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { enableBelowFold } from './ui/below-fold';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// Blocks below the fold are built after the first screen paints (ui/below-fold.ts).
enableBelowFold();

/** The mounted application (kept for hot reload). */
export default mount(App, { target });
