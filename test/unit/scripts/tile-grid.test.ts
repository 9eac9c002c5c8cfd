import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { buildTileGridText, statesPath } from '../../../scripts/build-tiles';
import type { TileGrid } from '../../../scripts/lib/tile-layout';

const committedText = readFileSync(resolve(__dirname, '../../../src/charts/tile-grid.json'), 'utf8');
const grid = JSON.parse(committedText) as TileGrid;
const at = new Map(grid.tiles.map((t) => [t.iso3, t]));
const tile = (iso3: string) => {
  const t = at.get(iso3);
  if (!t) throw new Error(`no tile for ${iso3}`);
  return t;
};

describe('tile-grid.json', () => {
  it('has one tile per state, 195 unique iso3, sorted', () => {
    const iso3s = grid.tiles.map((t) => t.iso3);
    expect(iso3s).toHaveLength(195);
    expect(new Set(iso3s).size).toBe(195);
    expect([...iso3s].sort()).toEqual(iso3s);
    expect(iso3s).toContain('VAT');
    expect(iso3s).toContain('PSE');
  });

  it('matches states.csv iso3 and m49', () => {
    const states = csvParse(readFileSync(statesPath(), 'utf8'));
    expect(grid.tiles.map((t) => `${t.iso3}:${t.m49}`).sort()).toEqual(
      states.map((s) => `${s.iso3}:${Number(s.m49)}`).sort(),
    );
  });

  it('puts no two tiles in one cell and every tile in bounds', () => {
    const cells = new Set(grid.tiles.map((t) => `${t.col},${t.row}`));
    expect(cells.size).toBe(195);
    expect(grid.columns).toBeGreaterThanOrEqual(26);
    expect(grid.columns).toBeLessThanOrEqual(30);
    for (const t of grid.tiles) {
      expect(Number.isInteger(t.col) && Number.isInteger(t.row)).toBe(true);
      expect(t.col).toBeGreaterThanOrEqual(0);
      expect(t.row).toBeGreaterThanOrEqual(0);
      expect(t.col).toBeLessThan(grid.columns);
      expect(t.row).toBeLessThan(grid.rows);
      expect(['centroid', 'subregion']).toContain(t.placement);
    }
  });

  it('keeps robust geographic relations', () => {
    const southOf = (a: string, b: string) => tile(a).row > tile(b).row;
    const eastOf = (a: string, b: string) => tile(a).col > tile(b).col;
    expect(southOf('BRA', 'USA')).toBe(true);
    expect(southOf('AUS', 'IDN')).toBe(true);
    expect(southOf('ZAF', 'EGY')).toBe(true);
    expect(southOf('ARG', 'MEX')).toBe(true);
    expect(eastOf('JPN', 'CHN')).toBe(true);
    expect(eastOf('CHN', 'DEU')).toBe(true);
    expect(eastOf('DEU', 'USA')).toBe(true);
    expect(eastOf('IND', 'SAU')).toBe(true);
    expect(eastOf('NZL', 'AUS')).toBe(true);
    expect(eastOf('DEU', 'FRA')).toBe(true);
  });

  it('keeps neighbours within three cells of each other', () => {
    const dist = (a: string, b: string) =>
      Math.max(Math.abs(tile(a).col - tile(b).col), Math.abs(tile(a).row - tile(b).row));
    for (const [a, b] of [
      ['FRA', 'DEU'],
      ['ESP', 'PRT'],
      ['KEN', 'TZA'],
      ['ARG', 'CHL'],
      ['CHN', 'MNG'],
      ['ISR', 'PSE'],
    ]) {
      expect(dist(a, b), `${a}–${b}`).toBeLessThanOrEqual(3);
    }
  });

  it('is reproduced byte for byte by scripts/build-tiles', () => {
    const first = buildTileGridText();
    expect(first).toBe(committedText);
    expect(buildTileGridText()).toBe(first);
  });
});
