import { sequential, sequentialStops } from '../../charts/colors';
import type { LegendSpec, MapDatum } from '../../charts/map-types';
import type { CapacityScoreRow } from '../../queries/capacity';
import { missingReason } from './model';
import { pillarLabel, pillarMax } from './params';
import { fmtScore } from './words';

/**
 * Map data for one pillar: every state (so the map keeps its shape), coloured by score on the
 * pillar's full scale, hatched when missing, faded when outside the filter.
 */
export function capacityMapData(
  rows: readonly CapacityScoreRow[],
  pillar: string,
  scope: ReadonlySet<string>,
): { data: MapDatum[]; legend: LegendSpec } {
  const max = pillarMax(pillar);
  const color = sequential(0, max);
  const data = rows
    .filter((r) => r.pillar === pillar)
    .map((r) => ({
      iso3: r.iso3,
      m49: r.m49,
      name: r.name,
      fill: r.score === null ? null : color(r.score),
      valueLabel: r.score === null ? missingReason(r) : `${fmtScore(r.score)} of ${max}`,
      inScope: scope.has(r.iso3),
    }));
  const legend: LegendSpec = {
    kind: 'sequential',
    domain: [0, max],
    colors: sequentialStops(),
    label: `ITU GCI 2020 · ${pillarLabel(pillar)}`,
    missingLabel: 'no score (not assessed, withheld or pillar missing)',
  };
  return { data, legend };
}
