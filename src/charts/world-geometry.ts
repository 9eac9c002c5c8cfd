/**
 * Geographic map maths: project a world-atlas topology once (Equal Earth, Antarctica left out)
 * and join it to map data on M49. Pure functions; WorldMap.svelte calls them inside $derived.
 */
import { geoEqualEarth, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature } from 'geojson';
import type { MapDatum } from './map-types';

/** Width of the map's viewBox; the height follows from the projection. */
export const WORLD_WIDTH = 960;
/**
 * Outlines smaller than this (in viewBox units², ≈ 1,500 km² each) are invisible specks at any
 * ordinary size, so they count as "too small to draw" even though a path exists.
 */
export const MIN_VISIBLE_AREA = 2;
const ANTARCTICA = '010';

/** One projected outline, all features with the same id merged. */
export interface WorldShape {
  id: string;
  d: string;
  /** Projected area in viewBox units². */
  area: number;
  /** Projected centroid of the largest part (for keyboard movement and markers). */
  centroid: [number, number];
}

/** A topology projected into the map's viewBox. */
export interface WorldGeometry {
  width: number;
  height: number;
  /** Shapes with an M49 id, keyed by the zero-padded id. */
  byId: ReadonlyMap<string, WorldShape>;
  /** Outlines without an id (Kosovo, N. Cyprus, Somaliland, …): background land only. */
  unnamed: string[];
}

/** Zero-pad an M49 code to the 3-digit string world-atlas uses as feature id (4 → "004"). */
export function m49Id(m49: number): string {
  return String(m49).padStart(3, '0');
}

/** Project every country outline of `topology.objects.countries` once. */
export function worldGeometry(topology: Topology, width = WORLD_WIDTH): WorldGeometry {
  const object = topology.objects.countries as GeometryCollection;
  const features = feature(topology, object).features.filter((f) => f.id !== ANTARCTICA);
  const fc = { type: 'FeatureCollection' as const, features };
  const projection = geoEqualEarth().fitWidth(width, fc);
  const path = geoPath(projection);
  const height = Math.ceil(path.bounds(fc)[1][1]);
  const byId = new Map<string, WorldShape>();
  const largest = new Map<string, number>();
  const unnamed: string[] = [];
  for (const f of features as Feature[]) {
    const d = path(f) ?? '';
    if (!d) continue;
    if (f.id === undefined) {
      unnamed.push(d);
      continue;
    }
    const id = String(f.id);
    const area = path.area(f);
    const prev = byId.get(id);
    const centroid = area > (largest.get(id) ?? -1) ? (path.centroid(f) as [number, number]) : prev!.centroid;
    largest.set(id, Math.max(area, largest.get(id) ?? -1));
    byId.set(id, { id, d: prev ? prev.d + d : d, area: (prev?.area ?? 0) + area, centroid });
  }
  return { width, height, byId, unnamed };
}

/** A state with an outline on the map. */
export interface DrawnState {
  datum: MapDatum;
  shape: WorldShape;
  /** True when the outline is below MIN_VISIBLE_AREA. */
  tiny: boolean;
}

/** The data joined to the geometry. */
export interface WorldJoin {
  drawn: DrawnState[];
  /** States with no outline at all, or one too small to see; only in-scope states are listed. */
  tooSmall: MapDatum[];
  /** Outlines of land that is not one of the data's states. */
  otherLand: string[];
}

/**
 * Join data to geometry on M49.
 * @param cache keeps one `DrawnState` per datum object across calls, so an unchanged datum keeps
 *   its entry and a keyed `{#each}` over `drawn` re-runs nothing for it
 */
export function joinWorld(
  geometry: WorldGeometry,
  data: readonly MapDatum[],
  cache?: WeakMap<MapDatum, DrawnState>,
): WorldJoin {
  const drawn: DrawnState[] = [];
  const tooSmall: MapDatum[] = [];
  const used = new Set<string>();
  for (const datum of data) {
    const shape = geometry.byId.get(m49Id(datum.m49));
    const tiny = !shape || shape.area < MIN_VISIBLE_AREA;
    if (tiny && datum.inScope) tooSmall.push(datum);
    if (!shape) continue;
    used.add(shape.id);
    let s = cache?.get(datum);
    if (!s || s.shape !== shape) {
      s = { datum, shape, tiny };
      cache?.set(datum, s);
    }
    drawn.push(s);
  }
  const otherLand = [...geometry.unnamed];
  for (const [id, shape] of geometry.byId) if (!used.has(id)) otherLand.push(shape.d);
  return { drawn, tooSmall, otherLand };
}
