import { compareNames } from '../../vocab/format';
import { NO_GROUP } from '../../vocab/groups';
/**
 * Who sits in which opinion-map cluster, in words an analyst can use: each cluster's members
 * grouped by UN regional group, and the states that sit outside their own group's majority
 * cluster (e.g. the one African state in the WEOG-dominated cluster).
 */

/** A state as the opinion map knows it. */
export interface ClusterState {
  name: string;
  un_group: string | null;
}

/** Members of one UN group inside one cluster. */
export interface GroupMembers {
  group: string;
  names: string[];
}

/** A state outside its group's majority cluster. */
export interface ClusterOutlier {
  name: string;
  group: string;
  cluster: number;
  /** the cluster most of its group sits in */
  majority: number;
  /** how many of the group's placed states sit there, of how many placed */
  majorityCount: number;
  groupPlaced: number;
}

/** One cluster's members by group, in `groupOrder` (states with no group last, as "no group"). */
export interface ClusterMembers {
  cluster: number;
  size: number;
  groups: GroupMembers[];
  outliers: ClusterOutlier[];
}

/**
 * Members of every cluster by UN group, with outliers called out. A group's majority cluster is
 * the one holding most of its placed states; a tie names no majority (nobody is an outlier then).
 * @param states the map's states, row-aligned with `labels`
 * @param labels cluster per state (−1 = not placed)
 * @param k number of clusters
 * @param groupOrder display order of the UN groups
 */
export function clusterMembers(
  states: ClusterState[],
  labels: ArrayLike<number>,
  k: number,
  groupOrder: readonly string[],
): ClusterMembers[] {
  const group = (s: ClusterState) => s.un_group ?? NO_GROUP;
  const counts = new Map<string, number[]>();
  states.forEach((s, i) => {
    const c = labels[i];
    if (c < 0) return;
    const row = counts.get(group(s)) ?? Array<number>(k).fill(0);
    row[c]++;
    counts.set(group(s), row);
  });
  const majority = new Map<string, number | null>();
  for (const [g, row] of counts) {
    const max = Math.max(...row);
    const at = row.flatMap((n, c) => (n === max ? [c] : []));
    majority.set(g, g !== NO_GROUP && at.length === 1 ? at[0] : null);
  }
  const order = [...groupOrder, NO_GROUP];
  return Array.from({ length: k }, (_, c) => {
    const inCluster = states.filter((_, i) => labels[i] === c);
    const groups = order
      .map((g) => ({
        group: g,
        names: inCluster
          .filter((s) => group(s) === g)
          .map((s) => s.name)
          .sort(compareNames),
      }))
      .filter((g) => g.names.length > 0);
    const outliers = inCluster
      .filter((s) => {
        const m = majority.get(group(s));
        return m !== null && m !== undefined && m !== c;
      })
      .map((s) => {
        const row = counts.get(group(s))!;
        const m = majority.get(group(s)) as number;
        return {
          name: s.name,
          group: group(s),
          cluster: c,
          majority: m,
          majorityCount: row[m],
          groupPlaced: row.reduce((a, b) => a + b, 0),
        };
      })
      .sort((a, b) => compareNames(a.name, b.name));
    return { cluster: c, size: inCluster.length, groups, outliers };
  });
}
