import { describe, expect, it } from 'vitest';
import { nearestInDirection, readingOrder } from '../../../src/charts/map-keyboard';

// A plus shape around C, with a far-off diagonal point D.
const points = [
  { iso3: 'C', x: 1, y: 1 },
  { iso3: 'N', x: 1, y: 0 },
  { iso3: 'S', x: 1, y: 2 },
  { iso3: 'W', x: 0, y: 1 },
  { iso3: 'E', x: 2, y: 1 },
  { iso3: 'D', x: 3, y: 3 },
];
const c = points[0];

describe('nearestInDirection', () => {
  it('moves to the straight neighbour in each direction', () => {
    expect(nearestInDirection(points, c, 'up')?.iso3).toBe('N');
    expect(nearestInDirection(points, c, 'down')?.iso3).toBe('S');
    expect(nearestInDirection(points, c, 'left')?.iso3).toBe('W');
    expect(nearestInDirection(points, c, 'right')?.iso3).toBe('E');
  });

  it('returns null at an edge and ignores points behind', () => {
    expect(nearestInDirection(points, points[3], 'left')).toBeNull();
    expect(nearestInDirection(points, points[5], 'down')).toBeNull();
  });

  it('prefers a straight move over a diagonal one of equal reach', () => {
    // From E (2,1) going down: S (1,2) scores 1 + 2·1 = 3, D (3,3) scores 2 + 2·1 = 4.
    expect(nearestInDirection(points, points[4], 'down')?.iso3).toBe('S');
  });
});

describe('readingOrder', () => {
  it('sorts top to bottom, then left to right', () => {
    expect(readingOrder(points).map((p) => p.iso3)).toEqual(['N', 'W', 'C', 'E', 'S', 'D']);
  });
});
