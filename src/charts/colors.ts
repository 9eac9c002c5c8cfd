import { interpolateViridis, scaleSequential } from 'd3';

/** Okabe–Ito colours (colour-blind safe) for the five UN regional groups. */
export const GROUP_COLORS: Record<string, string> = {
  African: '#E69F00',
  'Asia-Pacific': '#56B4E9',
  'Eastern European': '#009E73',
  GRULAC: '#CC79A7',
  WEOG: '#0072B2',
};

/** Vote colours: yes / abstain / no / absent. */
export const VOTE_COLORS: Record<string, string> = { Y: '#1b7837', A: '#c2a5cf', N: '#762a83', X: '#bdbdbd' };

/** Vote codes in words. */
export const VOTE_LABELS: Record<string, string> = { Y: 'Yes', A: 'Abstain', N: 'No', X: 'Absent / not recorded' };

/** A sequential colour function over [min, max] (viridis, readable in greyscale too). */
export function sequential(min: number, max: number): (v: number) => string {
  const s = scaleSequential(interpolateViridis).domain([min, max]);
  return (v: number) => s(v);
}

/** A few colour stops of the sequential scale, for the legend gradient. */
export function sequentialStops(n = 5): string[] {
  return Array.from({ length: n }, (_, i) => interpolateViridis(i / (n - 1)));
}
