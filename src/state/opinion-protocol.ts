import type { OpinionRun, OpinionRunOptions } from '../analysis/opinion-run';

/** Message to the opinion-map worker: a states × items score matrix (NaN = no answer). */
export interface OpinionRequest {
  id: number;
  rows: number;
  cols: number;
  values: Float64Array;
  options: OpinionRunOptions;
}

/** The worker's answer to request `id`; `ms` is the compute time inside the worker. */
export type OpinionResponse =
  { id: number; ok: true; run: OpinionRun; ms: number } | { id: number; ok: false; error: string };
