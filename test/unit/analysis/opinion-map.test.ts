import { describe, expect, it } from 'vitest';
import { bridgeItems, divisiveItems, matrixFromRows, opinionMap } from '../../../src/analysis';

// Two camps of three states on four items, plus one silent state:
//   items 0, 1: camp A yes, camp B no · item 2: everyone yes · item 3: camp A no, camp B yes
const A = [1, 1, 1, 0];
const B = [0, 0, 1, 1];
const values = matrixFromRows([A, B, A, B, [null, null, null, null], A, B]);

describe('opinionMap', () => {
  it('places answering states, clusters them and maps labels back', () => {
    const map = opinionMap(values, { clustering: { seed: 3 } });
    expect(Array.from(map.placed)).toEqual([0, 1, 2, 3, 5, 6]);
    // identical rows coincide, so two clusters have silhouette 1 and k = 2 wins
    expect(map.choice.best?.k).toBe(2);
    expect(map.choice.best?.silhouette).toBe(1);
    const labels = Array.from(map.labels);
    expect(labels[4]).toBe(-1);
    // camps end up in different clusters, each camp in one
    expect(new Set([labels[0], labels[2], labels[5]]).size).toBe(1);
    expect(new Set([labels[1], labels[3], labels[6]]).size).toBe(1);
    expect(labels[0]).not.toBe(labels[1]);
  });

  it('feeds tallies that find the bridge and the divisive items', () => {
    const map = opinionMap(values);
    const tallies = map.tallies;
    expect(tallies).not.toBeNull();
    if (tallies === null) return;
    // item 2: both clusters 3/3 → (4/5)·(4/5) = 0.64, the top bridge. The fixture's clusters
    // have 3 states each, under the app's minimum basis of 5: lower it here to test the pipeline.
    const small = { minAnswers: 3 };
    const [top] = bridgeItems(tallies, small);
    expect(top.item).toBe(2);
    expect(top.consensus).toBeCloseTo(0.64, 12);
    // items 0, 1 and 3 split the clusters completely (spread 1); item 2 not at all
    expect(divisiveItems(tallies, small).map((d) => [d.item, d.spread])).toEqual([
      [0, 1],
      [1, 1],
      [3, 1],
    ]);
    expect(divisiveItems(tallies)).toEqual([]); // at the app's basis of 5 answers: no finding
  });

  it('returns no clusters when too few states can be placed', () => {
    const map = opinionMap(
      matrixFromRows([
        [1, 0],
        [null, null],
        [0, 1],
      ]),
    );
    expect(Array.from(map.placed)).toEqual([0, 2]);
    expect(map.choice.best).toBeNull();
    expect(Array.from(map.labels)).toEqual([-1, -1, -1]);
    expect(map.tallies).toBeNull();
  });
});
