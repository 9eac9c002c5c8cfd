import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './scripts/vite-precompress.ts';
import { offline } from './scripts/offline/vite-offline.ts';

// Relative base so the built app works from any path (file server, sub-folder, offline copy).
export default defineConfig({
  base: './',
  // offline() before precompress(): the service worker and manifest get .gz twins too.
  plugins: [svelte(), offline(), precompress()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    // Everything the first page load needs in one chunk: by default the bundler split five
    // small shared chunks off the entry, five more requests queued on the browser's six
    // connections ahead of a deep-linked view's own chunks (the same bytes either way).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'app', tags: ['$initial'], priority: 2 }],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
});
