/** Arrow-key movement between map shapes, shared by the tile and geographic maps. */

/** A direction an arrow key moves in. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** KeyboardEvent.key → direction. */
export const ARROW_KEYS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** A focusable shape's position (screen axes: y grows downwards). */
export interface KeyPoint {
  iso3: string;
  x: number;
  y: number;
}

/**
 * The point nearest to `from` in direction `dir`: only points strictly ahead count, and sideways
 * distance weighs double so the move feels straight. Ties go to the smaller iso3. Null at an edge.
 */
export function nearestInDirection<T extends KeyPoint>(points: readonly T[], from: KeyPoint, dir: Direction): T | null {
  let best: T | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.iso3 === from.iso3) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const ahead = dir === 'left' ? -dx : dir === 'right' ? dx : dir === 'up' ? -dy : dy;
    const aside = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore || (score === bestScore && best && p.iso3 < best.iso3)) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/** Points in reading order (top to bottom, then left to right), for Home / End and the first tab stop. */
export function readingOrder<T extends KeyPoint>(points: readonly T[]): T[] {
  return [...points].sort((a, b) => a.y - b.y || a.x - b.x || (a.iso3 < b.iso3 ? -1 : 1));
}
