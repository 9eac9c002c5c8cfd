/**
 * Opinion-map and Alignment timings (not a test), in headless Chromium on the built app —
 *   recompute_ms          193 states × 500 items (generated, seeded, ~15% missing) posted to the
 *                         app's real opinion-map worker → result back on the main thread
 *                         (PCA, k = 2..5 with silhouettes, cluster item lists); budget 150 ms
 *   worker_ms             the compute time the worker reports for the same runs
 *   main_thread           long tasks (> 50 ms, PerformanceObserver 'longtask') on the main thread
 *                         while those recomputes ran, their total blocking time (Σ duration − 50)
 *                         and the time postMessage itself held the main thread
 *   filter_update_ms      group chip click → #/alignment idle, per tab, with the shipped data
 * The matrix is generated in the page by a seeded generator so every run maps the same data.
 */
import { readdirSync } from 'node:fs';
import { UN_GROUPS } from '../../src/vocab/groups.ts';

// The UN groups in display order, from the app's vocabulary (npm run bench runs under tsx).
const GROUPS = UN_GROUPS;

/** In the page: generate the matrix, run the worker `runs` times, watch for long tasks. */
async function recompute(page, workerUrl, runs) {
  return page.evaluate(
    async ({ workerUrl, runs }) => {
      const rows = 193;
      const cols = 500;
      let state = 20250711 >>> 0; // mulberry32, seeded
      const random = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      // Three latent camps; each item has a yes-propensity per camp; answers Y 1 / A ½ / N 0.
      const camp = Array.from({ length: rows }, () => Math.floor(random() * 3));
      const propensity = Array.from({ length: cols }, () => [random(), random(), random()]);
      const values = new Float64Array(rows * cols);
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          const r = random();
          const p = propensity[j][camp[i]];
          values[i * cols + j] = r < 0.15 ? Number.NaN : random() < p ? 1 : random() < 0.2 ? 0.5 : 0;
        }
      }
      const longTasks = [];
      const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask' });
      const worker = new Worker(workerUrl, { type: 'module' });
      const once = (id) =>
        new Promise((resolve) => {
          worker.onmessage = (e) => e.data.id === id && resolve(e.data);
        });
      const total = [];
      const inWorker = [];
      const posting = [];
      for (let r = 0; r < runs + 2; r++) {
        const done = once(r);
        const t0 = performance.now();
        worker.postMessage({ id: r, rows, cols, values, options: { minAnswers: 3, k: null } });
        const t1 = performance.now();
        const reply = await done;
        const t2 = performance.now();
        if (!reply.ok) throw new Error(reply.error);
        if (r < 2) continue; // warm-up: module load and JIT
        total.push(t2 - t0);
        inWorker.push(reply.ms);
        posting.push(t1 - t0);
      }
      await new Promise((r) => setTimeout(r, 100)); // let the observer deliver
      observer.disconnect();
      worker.terminate();
      return { total, inWorker, posting, longTasks };
    },
    { workerUrl, runs },
  );
}

export async function run({ base, withBrowser, summary, timeFilter, duckdbReady, runs }) {
  const file = readdirSync('dist/assets').find((f) => /^opinion\.worker-.*\.js$/.test(f));
  if (!file) throw new Error('opinion-map bench: no opinion.worker-*.js in dist/assets (build first)');
  const result = {};
  await withBrowser(async (page) => {
    await page.goto(`${base}#/alignment`);
    await page.waitForSelector('[data-view="alignment"][aria-busy="false"]', { timeout: 60_000 });
    await duckdbReady(page); // steady state
    const r = await recompute(page, `${base}assets/${file}`, Math.max(20, runs * 3));
    const blocking = r.longTasks.reduce((s, d) => s + Math.max(0, d - 50), 0);
    result.recompute_193x500_ms = summary(r.total);
    result.worker_compute_ms = summary(r.inWorker);
    result.main_thread = {
      long_tasks: r.longTasks.length,
      longest_task_ms: +Math.max(0, ...r.longTasks).toFixed(1),
      total_blocking_ms: +blocking.toFixed(1),
      post_message_ms: summary(r.posting),
    };
    for (const tab of ['votes', 'agreement', 'map']) {
      await page.goto(`${base}#/alignment?tab=${tab}`);
      await page.waitForSelector('[data-view="alignment"][aria-busy="false"]', { timeout: 60_000 });
      const times = [];
      for (let i = 0; i < runs; i++)
        for (const g of GROUPS)
          for (let k = 0; k < 2; k++) times.push(await timeFilter(page, `button[data-group="${g}"]`));
      result[`filter_update_${tab}_ms`] = summary(times.slice(2));
    }
  });
  result.budgets = { recompute_p95_ms: 150, filter_update_p95_ms: 50 };
  return result;
}
