import type { ImportContext, ImportKindName } from '../validate/import-kinds';
import type { ImportLimits, ImportOutcome } from '../validate/import-check';

/** Message to the import worker: the file's bytes (transferred) and what to check them as. */
export interface ImportRequest {
  bytes: ArrayBuffer;
  file: string;
  kind: ImportKindName;
  ctx: ImportContext;
  limits: ImportLimits;
}

/** The worker's answer: the outcome, or an internal failure (reported as a rule, never thrown at the page). */
export type ImportReply = { outcome: ImportOutcome } | { error: string };
