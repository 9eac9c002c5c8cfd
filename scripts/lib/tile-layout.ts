/**
 * Pure layout maths for the one-state-one-tile grid (used by scripts/build-tiles.ts and its test).
 *
 * 1. Anchor: the centroid of each state's largest polygon, so France sits in Europe rather than
 *    somewhere between Paris and French Guiana. A state with no feature takes the mean anchor of
 *    its M49 sub-region (`placement: 'subregion'`).
 * 2. Project with Equal Earth rotated 25° east, which moves the antimeridian cut to 155° W so every
 *    Pacific island state (Kiribati included) stays together on the right-hand side.
 * 3. Scale so the world is `cellsAcross` cells wide, then give each state its own cell by a
 *    minimum-total-squared-distance assignment over every cell of the bounding box (plus a margin).
 *    Unlike greedy snapping, the optimal assignment spreads dense regions (Europe, the Caribbean)
 *    outwards as a block and keeps relative positions: squared-distance optimal assignments never
 *    swap two states' order along the direction between them.
 * No randomness; fixed input order (area descending, then iso3), so output is byte-identical.
 */
import { geoArea, geoCentroid, geoEqualEarth } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Polygon } from 'geojson';
import { assign } from './assignment';

/** One state as read from states.csv (only the columns the layout needs). */
export interface StateRow {
  iso3: string;
  m49: number;
  m49_subregion: string;
}

/** How a tile's anchor was found. */
export type Placement = 'centroid' | 'subregion';

/** One tile of the committed grid. */
export interface Tile {
  iso3: string;
  m49: number;
  col: number;
  row: number;
  placement: Placement;
}

/** The committed file `src/charts/tile-grid.json`. */
export interface TileGrid {
  generated_by: string;
  source: string;
  columns: number;
  rows: number;
  tiles: Tile[];
}

/** Width of the projected world in cells; 35 gives a 30 × 15 grid for the 195 states. */
export const CELLS_ACROSS = 35;
/** Longitude the projection is centred on (the cut falls at this minus 180). */
const CENTRE_LON = 25;

interface Anchor {
  state: StateRow;
  lonLat: [number, number] | null;
  area: number;
}

interface Point {
  anchor: Anchor;
  x: number;
  y: number;
  placement: Placement;
}

/** Zero-pad an M49 code to the 3-digit string world-atlas uses as feature id. */
export function m49Id(m49: number): string {
  return String(m49).padStart(3, '0');
}

function polygonsOf(f: Feature): Polygon[] {
  const g = f.geometry;
  if (g?.type === 'Polygon') return [g];
  if (g?.type === 'MultiPolygon') return g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  return [];
}

function anchorsFor(states: StateRow[], topology: Topology): Anchor[] {
  const fc = feature(topology, topology.objects.countries as GeometryCollection);
  const byId = new Map<string, Polygon[]>();
  for (const f of fc.features) {
    if (f.id === undefined) continue;
    const id = String(f.id);
    byId.set(id, [...(byId.get(id) ?? []), ...polygonsOf(f)]);
  }
  return states.map((state) => {
    const polygons = byId.get(m49Id(state.m49)) ?? [];
    if (polygons.length === 0) return { state, lonLat: null, area: 0 };
    let best = polygons[0];
    let bestArea = -1;
    let area = 0;
    for (const p of polygons) {
      const a = geoArea(p);
      area += a;
      if (a > bestArea) [best, bestArea] = [p, a];
    }
    return { state, lonLat: geoCentroid(best) as [number, number], area };
  });
}

function project(anchors: Anchor[], cellsAcross: number): Point[] {
  const projection = geoEqualEarth().rotate([-CENTRE_LON, 0]).translate([0, 0]).scale(1);
  const cut = CENTRE_LON - 180;
  const cell = (projection([cut - 0.001, 0])![0] - projection([cut + 0.001, 0])![0]) / cellsAcross;
  const points: Point[] = [];
  const bySubregion = new Map<string, Point[]>();
  for (const anchor of anchors) {
    if (!anchor.lonLat) continue;
    const [x, y] = projection(anchor.lonLat)!;
    const p: Point = { anchor, x: x / cell, y: y / cell, placement: 'centroid' };
    points.push(p);
    const key = anchor.state.m49_subregion;
    bySubregion.set(key, [...(bySubregion.get(key) ?? []), p]);
  }
  for (const anchor of anchors) {
    if (anchor.lonLat) continue;
    const peers = bySubregion.get(anchor.state.m49_subregion);
    if (!peers) throw new Error(`${anchor.state.iso3}: no feature and no placed state in its sub-region`);
    const x = peers.reduce((s, p) => s + p.x, 0) / peers.length;
    const y = peers.reduce((s, p) => s + p.y, 0) / peers.length;
    points.push({ anchor, x, y, placement: 'subregion' });
  }
  return points;
}

function snap(points: Point[]): { p: Point; col: number; row: number }[] {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const c0 = Math.floor(Math.min(...xs)) - 1;
  const r0 = Math.floor(Math.min(...ys)) - 1;
  const cols = Math.ceil(Math.max(...xs)) + 2 - c0;
  const rows = Math.ceil(Math.max(...ys)) + 2 - r0;
  const cells: [number, number][] = [];
  for (let r = r0; r < r0 + rows; r++) for (let c = c0; c < c0 + cols; c++) cells.push([c, r]);
  const cost = points.map((p) => cells.map(([c, r]) => (c - p.x) ** 2 + (r - p.y) ** 2));
  return assign(cost).map((j, i) => ({ p: points[i], col: cells[j][0], row: cells[j][1] }));
}

const byIso3 = (a: { iso3: string }, b: { iso3: string }) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0);

/**
 * Lay out one tile per state. `states` may be in any order; tiles come back sorted by iso3, with
 * the top-left occupied extent at column 0 / row 0. Throws on a duplicate iso3 or a state that can
 * be placed neither by its own feature nor by its sub-region.
 */
export function buildTileGrid(
  states: StateRow[],
  topology: Topology,
  generatedBy: string,
  cellsAcross = CELLS_ACROSS,
): TileGrid {
  const seen = new Set<string>();
  for (const s of states) {
    if (seen.has(s.iso3)) throw new Error(`duplicate iso3 ${s.iso3}`);
    seen.add(s.iso3);
  }
  const anchors = anchorsFor(states, topology).sort((a, b) => b.area - a.area || byIso3(a.state, b.state));
  const placed = snap(project(anchors, cellsAcross));
  const minCol = Math.min(...placed.map((t) => t.col));
  const minRow = Math.min(...placed.map((t) => t.row));
  const tiles: Tile[] = placed
    .map(({ p, col, row }) => ({
      iso3: p.anchor.state.iso3,
      m49: p.anchor.state.m49,
      col: col - minCol,
      row: row - minRow,
      placement: p.placement,
    }))
    .sort(byIso3);
  return {
    generated_by: generatedBy,
    source: 'world-atlas 2.0.2 countries-10m (Natural Earth, public domain)',
    columns: Math.max(...tiles.map((t) => t.col)) + 1,
    rows: Math.max(...tiles.map((t) => t.row)) + 1,
    tiles,
  };
}

/** Stable JSON text: header fields, then one tile per line, LF endings, trailing newline. */
export function serializeTileGrid(grid: TileGrid): string {
  const head = (['generated_by', 'source', 'columns', 'rows'] as const)
    .map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(grid[k])},`)
    .join('\n');
  const tiles = grid.tiles.map((t) => `    ${JSON.stringify(t)}`).join(',\n');
  return `{\n${head}\n  "tiles": [\n${tiles}\n  ]\n}\n`;
}

/** ASCII picture of the grid (iso3 per cell), for eyeballing a layout in the terminal. */
export function drawTileGrid(grid: TileGrid): string {
  const cells = Array.from({ length: grid.rows }, () => Array<string>(grid.columns).fill(' . '));
  for (const t of grid.tiles) cells[t.row][t.col] = t.iso3;
  return cells.map((r) => r.join(' ')).join('\n');
}
