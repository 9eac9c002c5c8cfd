/**
 * Picks the number of clusters for the opinion map: k-means for each k in a range, scored by
 * mean silhouette. The range stays small (2..5 by default) because more clusters than that
 * cannot be told apart by colour or described in a brief.
 */

import { kmeans, type KMeansOptions, type KMeansResult } from './kmeans';
import type { Matrix } from './matrix';
import { silhouette } from './silhouette';

/** Options for {@link chooseK}. */
export interface ChooseKOptions extends KMeansOptions {
  /** smallest k tried (default 2) */
  readonly kMin?: number;
  /** largest k tried (default 5) */
  readonly kMax?: number;
}

/** One tried k. */
export interface KCandidate {
  readonly k: number;
  /** mean silhouette, null when undefined for this clustering */
  readonly silhouette: number | null;
  readonly clustering: KMeansResult;
}

/** Result of {@link chooseK}. */
export interface KChoice {
  /** highest mean silhouette; on ties the smaller k. Null when no k could be scored (too few
   * points, or all points identical so no clustering has two non-empty clusters). */
  readonly best: KCandidate | null;
  /** every k tried, ascending */
  readonly candidates: KCandidate[];
}

/**
 * Clusters for each k in [kMin, kMax] and keeps the k with the best silhouette. k is capped at
 * n − 1 because the silhouette is undefined when every point is its own cluster.
 * @param points n × dim, finite
 * @param options k range plus k-means options (the same seed is used for every k)
 */
export function chooseK(points: Matrix, options: ChooseKOptions = {}): KChoice {
  const kMin = Math.max(2, options.kMin ?? 2);
  const kMax = Math.min(options.kMax ?? 5, points.rows - 1);
  const candidates: KCandidate[] = [];
  let best: KCandidate | null = null;
  for (let k = kMin; k <= kMax; k++) {
    const clustering = kmeans(points, k, options);
    const score = silhouette(points, clustering.labels);
    const candidate = { k, silhouette: score === null ? null : score.mean, clustering };
    candidates.push(candidate);
    if (candidate.silhouette !== null && (best === null || candidate.silhouette > (best.silhouette as number))) {
      best = candidate;
    }
  }
  return { best, candidates };
}
