import { IMPORT_LIMITS, refuse, type ImportLimits, type ImportOutcome } from '../validate/import-check';
import type { ImportContext, ImportKindName } from '../validate/import-kinds';
import type { ImportReply, ImportRequest } from './import-protocol';

/** Thrown (as an AbortError) when a newer import or a Remove cancelled this check. */
export class ImportCancelled extends Error {
  override name = 'AbortError';
}

/**
 * Check a user's file in a fresh import worker. The size limit is enforced before the file is
 * read; aborting `signal` terminates the worker at once (a newer file or Remove wins). Resolves
 * to an outcome that accepts rows or refuses the file with a rule; rejects only when cancelled.
 */
export async function checkFileInWorker(
  file: File,
  kind: ImportKindName,
  ctx: ImportContext,
  signal: AbortSignal,
  limits: ImportLimits = IMPORT_LIMITS,
): Promise<ImportOutcome> {
  if (file.size > limits.maxBytes)
    return refuse(
      file.name,
      'size',
      `is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${limits.maxBytes / 1048576} MB`,
    );
  if (file.size === 0) return refuse(file.name, 'empty', 'is empty (no header line)');
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (e) {
    return refuse(file.name, 'unreadable', `could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (signal.aborted) throw new ImportCancelled('cancelled');
  return new Promise<ImportOutcome>((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const done = () => {
      signal.removeEventListener('abort', cancel);
      worker.terminate();
    };
    const cancel = () => {
      done();
      reject(new ImportCancelled('cancelled'));
    };
    signal.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (e: MessageEvent<ImportReply>) => {
      done();
      const r = e.data;
      resolve('outcome' in r ? r.outcome : refuse(file.name, 'internal', `could not be checked: ${r.error}`));
    };
    worker.onerror = (e) => {
      done();
      e.preventDefault();
      resolve(refuse(file.name, 'internal', `could not be checked: ${e.message || 'the import worker stopped'}`));
    };
    const request: ImportRequest = { bytes, file: file.name, kind, ctx, limits };
    worker.postMessage(request, [bytes]);
  });
}
