/**
 * The opinion-map worker: PCA, k-means and the cluster item lists run here so a 193 × 500
 * recompute never blocks the page. Pure and seeded, so the same request always gets the same
 * answer.
 */
import { matrix } from '../analysis/matrix';
import { runOpinionMap } from '../analysis/opinion-run';
import type { OpinionRequest, OpinionResponse } from './opinion-protocol';

self.onmessage = (event: MessageEvent<OpinionRequest>) => {
  const { id, rows, cols, values, options } = event.data;
  let reply: OpinionResponse;
  try {
    const t0 = performance.now();
    const run = runOpinionMap(matrix(rows, cols, values), options);
    reply = { id, ok: true, run, ms: performance.now() - t0 };
    // Hand the big arrays over instead of copying them.
    self.postMessage(reply, {
      transfer: [run.coords.buffer, run.labels.buffer, run.answered.buffer, run.answeredByCluster.buffer],
    });
  } catch (e) {
    reply = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
    self.postMessage(reply);
  }
};
