import { Latest } from './latest';
import { trackReadiness } from '../core/readiness.svelte';
import type { OpinionRun, OpinionRunOptions } from '../analysis/opinion-run';
import type { OpinionRequest, OpinionResponse } from './opinion-protocol';

/** A matrix to map, with whatever the caller needs to read the result (kept with it). */
export interface OpinionJobInput<M> {
  rows: number;
  cols: number;
  values: Float64Array;
  options: OpinionRunOptions;
  /** carried through untouched so the result is read with the states and items it came from */
  meta: M;
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, (r: OpinionResponse) => void>();

/** The one opinion-map worker, started on first use. */
function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./opinion.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<OpinionResponse>) => {
    pending.get(e.data.id)?.(e.data);
    pending.delete(e.data.id);
  };
  worker.onerror = (e) => {
    for (const [id, resolve] of pending) resolve({ id, ok: false, error: e.message || 'opinion-map worker failed' });
    pending.clear();
  };
  return worker;
}

/**
 * Runs one opinion map in the worker. The values are copied (not transferred) so the caller
 * may keep its matrix.
 */
export function computeOpinionMap(
  rows: number,
  cols: number,
  values: Float64Array,
  options: OpinionRunOptions,
): Promise<OpinionResponse> {
  const id = ++nextId;
  const request: OpinionRequest = { id, rows, cols, values, options };
  return new Promise((resolve) => {
    pending.set(id, resolve);
    getWorker().postMessage(request);
  });
}

/**
 * An opinion map that follows its input, like LiveQuery follows its SQL: a new input starts a
 * worker run and results of superseded runs are dropped. Create during component init.
 */
export class OpinionMapJob<M> {
  result = $state.raw<{ run: OpinionRun; meta: M; ms: number } | null>(null);
  error = $state<string | null>(null);
  busy = $state(true);
  #latest = new Latest();

  constructor(input: () => OpinionJobInput<M> | null) {
    trackReadiness(() => this.busy);
    $effect(() => {
      const job = input();
      const current = this.#latest.begin();
      this.busy = true;
      if (job === null) return;
      computeOpinionMap(job.rows, job.cols, job.values, job.options).then((r) => {
        if (!current()) return;
        if (r.ok) {
          this.result = { run: r.run, meta: job.meta, ms: r.ms };
          this.error = null;
        } else {
          this.error = r.error;
        }
        this.busy = false;
      });
    });
  }
}

export type { OpinionRun } from '../analysis/opinion-run';
export type { RepresentativeItem, BridgeItem, DivisiveItem } from '../analysis/representative';
