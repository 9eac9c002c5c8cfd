/**
 * The committed one-state-one-tile layout (built by scripts/build-tiles.ts), typed for the charts.
 */
import grid from './tile-grid.json';

/** A state's cell in the tile grid. */
export interface TilePosition {
  iso3: string;
  m49: number;
  col: number;
  row: number;
  /** 'subregion' when the state had no outline and was placed from its M49 sub-region. */
  placement: 'centroid' | 'subregion';
}

/** Grid width and height in cells. */
export const TILE_COLUMNS: number = grid.columns;
export const TILE_ROWS: number = grid.rows;

/** Cell of every state, keyed by iso3. */
export const TILE_POSITIONS: ReadonlyMap<string, TilePosition> = new Map(
  (grid.tiles as TilePosition[]).map((t) => [t.iso3, t]),
);
