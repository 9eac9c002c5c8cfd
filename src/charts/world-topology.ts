/**
 * Loads the world-atlas 50m country topology that the geographic map draws. Vite copies the JSON
 * into the build as a hashed asset (no third-party request); it is fetched once and cached.
 */
import url from 'world-atlas/countries-50m.json?url';
import type { Topology } from 'topojson-specification';

let cached: Promise<Topology> | null = null;

/** The countries-50m topology; later calls reuse the first request. A failed load can be retried. */
export function loadWorldTopology(): Promise<Topology> {
  cached ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`map outline (countries-50m.json): HTTP ${response.status}`);
      return response.json() as Promise<Topology>;
    })
    .catch((error: unknown) => {
      cached = null;
      throw error;
    });
  return cached;
}
