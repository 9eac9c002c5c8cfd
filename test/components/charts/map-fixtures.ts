import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3';
import type { Topology } from 'topojson-specification';
import type { MapDatum } from '../../../src/charts/map-types';

// Path arithmetic with node:path: happy-dom replaces the global URL class.
const here = dirname(fileURLToPath(import.meta.url));
const root = (p: string) => resolve(here, '../../..', p);

/** The 195 states as map data: every fifth state has no value, states of Europe are out of scope. */
export function statesData(): MapDatum[] {
  const local = root('data/states/states.csv');
  const path = existsSync(local) ? local : root('../shared/data/states/states.csv');
  return csvParse(readFileSync(path, 'utf8')).map((s, i) => ({
    iso3: s.iso3!,
    m49: Number(s.m49),
    name: s.name!,
    fill: i % 5 === 0 ? null : '#3b528b',
    valueLabel: i % 5 === 0 ? 'No data' : `value ${i}`,
    inScope: s.m49_region !== 'Europe',
  }));
}

/** The real world-atlas 50m topology, read from node_modules. */
export function worldTopology(): Topology {
  return JSON.parse(readFileSync(root('node_modules/world-atlas/countries-50m.json'), 'utf8')) as Topology;
}
