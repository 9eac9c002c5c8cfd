/**
 * The import worker: decoding, CSV parsing and validation of a user's file run here, so a 50 MB
 * file never blocks the page, and the page can stop a check by terminating the worker.
 */
import { checkImport } from '../validate/import-check';
import type { ImportReply, ImportRequest } from './import-protocol';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { bytes, file, kind, ctx, limits } = event.data;
  let reply: ImportReply;
  try {
    reply = { outcome: checkImport(new Uint8Array(bytes), file, kind, ctx, limits) };
  } catch (e) {
    reply = { error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};
