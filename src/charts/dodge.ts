/**
 * Beeswarm placement for one row of dots: each dot keeps its x and moves up or down just enough
 * not to overlap the dots already placed, alternating sides, so equal scores stay visible as
 * a stack instead of hiding behind each other. O(n²) per row, fine for one row per group.
 */

/** A placed dot: its index in the input and its vertical offset from the row's centre line. */
export interface Dodged {
  index: number;
  x: number;
  dy: number;
}

/**
 * @param xs x positions in pixels
 * @param radius dot radius in pixels (dots are 2·radius apart at least, plus `gap`)
 * @param gap extra spacing between dots
 * @returns one entry per input, in input order
 */
export function dodge(xs: readonly number[], radius: number, gap = 0.5): Dodged[] {
  const d = 2 * radius + gap;
  const order = xs.map((x, index) => ({ x, index })).sort((a, b) => a.x - b.x || a.index - b.index);
  const placed: Dodged[] = [];
  const out: Dodged[] = new Array(xs.length);
  for (const { x, index } of order) {
    // Candidate offsets 0, +d, −d, +2d, −2d … : the first one clear of every close neighbour.
    const near = placed.filter((p) => Math.abs(p.x - x) < d);
    let dy = 0;
    for (let k = 1; near.some((p) => Math.hypot(p.x - x, p.dy - dy) < d - 1e-9); k++) {
      dy = (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * d;
    }
    const dot = { index, x, dy };
    placed.push(dot);
    out[index] = dot;
  }
  return out;
}

/** The half-height a dodged row needs: the largest |dy| plus one radius. */
export function dodgeExtent(dots: readonly Dodged[], radius: number): number {
  return dots.reduce((m, p) => Math.max(m, Math.abs(p.dy)), 0) + radius;
}
