import { describe, expect, it } from 'vitest';
import { matrixFromRows } from '../../../src/analysis';
import { runOpinionMap } from '../../../src/analysis/opinion-run';

// Two camps of five states on four items, one sparse state (2 answers) and one silent state.
//   item 0: A yes, B no · item 1: A yes, B no · item 2: everyone yes · item 3: A no, B yes
const A = [1, 1, 1, 0];
const B = [0, 0, 1, 1];
const rows = [A, B, A, B, A, B, A, B, A, B, [1, null, null, 0], [null, null, null, null]];
const values = matrixFromRows(rows);
const campA = [0, 2, 4, 6, 8];
const campB = [1, 3, 5, 7, 9];

describe('runOpinionMap', () => {
  it('lists states below the answer threshold apart instead of drawing them at the centre', () => {
    const run = runOpinionMap(values);
    expect(run.minAnswers).toBe(3);
    expect(Array.from(run.answered)).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 2, 0]);
    for (const i of [10, 11]) {
      expect(run.coords[2 * i]).toBeNaN();
      expect(run.labels[i]).toBe(-1);
    }
    for (let i = 0; i < 10; i++) expect(Number.isFinite(run.coords[2 * i])).toBe(true);
  });

  it('finds the two camps, k = 2 by silhouette, and the items that describe them', () => {
    const run = runOpinionMap(values);
    expect(run.bestK).toBe(2);
    expect(run.k).toBe(2);
    expect(run.silhouettes.map((s) => s.k)).toEqual([2, 3, 4, 5]);
    expect(run.silhouettes[0].silhouette).toBe(1); // identical rows per camp
    const a = run.labels[0];
    expect(campA.every((i) => run.labels[i] === a)).toBe(true);
    expect(campB.every((i) => run.labels[i] === 1 - a)).toBe(true);
    expect(run.sizes).toEqual([5, 5]);
    expect(Array.from(run.answeredByCluster)).toEqual([5, 5, 5, 5, 5, 5, 5, 5]);
    // item 2 is the bridge: both clusters 5/5 → (6/7)² (Polis prior)
    expect(run.bridges[0].item).toBe(2);
    expect(run.bridges[0].consensus).toBeCloseTo(36 / 49, 12);
    // items 0, 1, 3 split the clusters completely
    expect(run.divisive.map((d) => d.item)).toEqual([0, 1, 3]);
    // camp A vs the rest on item 0: 5/5 vs 0/5, pooled 0.5, z = 1 / √(0.25 · 0.4) = √10
    const rep = run.representative[a].find((r) => r.item === 0);
    expect(rep?.z).toBeCloseTo(Math.sqrt(10), 12);
    expect(rep?.direction).toBe('more');
    // the first axis is driven by the three divisive items, all with weight 1/√3
    expect(run.axes[0].map((x) => x.item).sort()).toEqual([0, 1, 3]);
    expect(Math.abs(run.axes[0][0].loading)).toBeCloseTo(1 / Math.sqrt(3), 9);
    expect(run.explained[0]).toBeCloseTo(1, 9);
  });

  it('honours a user k and is deterministic', () => {
    const one = runOpinionMap(values, { k: 3 });
    const two = runOpinionMap(values, { k: 3 });
    expect(one.k).toBe(3);
    expect(one.bestK).toBe(2);
    expect(one.sizes.reduce((s, x) => s + x, 0)).toBe(10);
    expect(Array.from(one.labels)).toEqual(Array.from(two.labels));
    expect(Array.from(one.coords)).toEqual(Array.from(two.coords));
    // a k outside the tried range falls back to the best one
    expect(runOpinionMap(values, { k: 9 }).k).toBe(2);
  });

  it('caps the threshold at the number of items and copes with nothing to place', () => {
    const two = runOpinionMap(
      matrixFromRows([
        [1, 0],
        [0, 1],
        [1, 1],
        [null, 1],
      ]),
    );
    expect(two.minAnswers).toBe(2);
    expect(two.labels[3]).toBe(-1);
    const none = runOpinionMap(matrixFromRows([[null], [null]]));
    expect(none.k).toBeNull();
    expect(Array.from(none.labels)).toEqual([-1, -1]);
    expect(none.bridges).toEqual([]);
    expect(runOpinionMap(matrixFromRows([[], [], []])).k).toBeNull(); // no items chosen
    expect(runOpinionMap(matrixFromRows([])).silhouettes).toEqual([]); // no states in scope
  });
});
