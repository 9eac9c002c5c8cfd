import { describe, expect, it } from 'vitest';
import { clusterMembers } from '../../../../src/views/alignment/cluster-members';

const ORDER = ['African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG'];

describe('cluster members by UN group', () => {
  // 4 WEOG states in cluster 0; 3 African in cluster 1 and Ghana in cluster 0; the Holy See
  // (no group) in cluster 1; one state not placed.
  const states = [
    { name: 'France', un_group: 'WEOG' },
    { name: 'Germany', un_group: 'WEOG' },
    { name: 'Italy', un_group: 'WEOG' },
    { name: 'Spain', un_group: 'WEOG' },
    { name: 'Kenya', un_group: 'African' },
    { name: 'Nigeria', un_group: 'African' },
    { name: 'Egypt', un_group: 'African' },
    { name: 'Ghana', un_group: 'African' },
    { name: 'Holy See', un_group: null },
    { name: 'Chad', un_group: 'African' },
  ];
  const labels = [0, 0, 0, 0, 1, 1, 1, 0, 1, -1];
  const out = clusterMembers(states, labels, 2, ORDER);

  it("lists each cluster's members grouped by UN group in the group order, no-group last", () => {
    expect(out[0].size).toBe(5);
    expect(out[0].groups).toEqual([
      { group: 'African', names: ['Ghana'] },
      { group: 'WEOG', names: ['France', 'Germany', 'Italy', 'Spain'] },
    ]);
    expect(out[1].groups).toEqual([
      { group: 'African', names: ['Egypt', 'Kenya', 'Nigeria'] },
      { group: 'No UN regional group', names: ['Holy See'] },
    ]);
  });

  it("calls out the state outside its group's majority cluster, with the counts", () => {
    // African placed: Kenya, Nigeria, Egypt (cluster 1), Ghana (cluster 0) → majority 1 with 3 of 4
    expect(out[0].outliers).toEqual([
      { name: 'Ghana', group: 'African', cluster: 0, majority: 1, majorityCount: 3, groupPlaced: 4 },
    ]);
    expect(out[1].outliers).toEqual([]);
  });

  it('a tie names no majority, so nobody is an outlier', () => {
    const tie = clusterMembers(
      [
        { name: 'A', un_group: 'GRULAC' },
        { name: 'B', un_group: 'GRULAC' },
      ],
      [0, 1],
      2,
      ORDER,
    );
    expect(tie.flatMap((c) => c.outliers)).toEqual([]);
  });
});
