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
    // Fewer, larger chunks for a deep link. Everything the first page load needs is one chunk:
    // by default the bundler split five small shared chunks off the entry, five more requests
    // queued on the browser's six connections ahead of a deep-linked view's own chunks (the
    // same bytes either way). The small UI, vocabulary, chart and analysis modules that two or
    // more views share are one more (about 19 KB): an Alignment deep link asked for 15 chunks,
    // some under 300 bytes, and its last one arrived 170 ms after the first; it now asks for 5.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 2 },
            {
              name: 'views-shared',
              test: /[\\/]src[\\/](ui|vocab|charts|analysis)[\\/]/,
              minShareCount: 2,
              maxModuleSize: 8000,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
});
