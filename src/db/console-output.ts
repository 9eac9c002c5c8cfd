import { toRows } from './arrow';
import type { ArrowTableLike, ConsoleLimits, ConsoleOutput, Row } from './types';

/** A record batch as both Arrow builds present it (rows plus its buffers' size). */
export type BatchLike = ArrowTableLike & { readonly data?: { readonly byteLength: number } };

/**
 * Read batches until the rows or bytes limit is passed, then stop: the engine is never asked for
 * the rest, so a huge result costs one batch, not the whole result.
 */
export async function collectLimited(
  batches: AsyncIterable<BatchLike> | Iterable<BatchLike>,
  limits: ConsoleLimits,
): Promise<ConsoleOutput> {
  const out: ConsoleOutput = { columns: [], rows: [], truncated: null, bytes: 0 };
  for await (const batch of batches) {
    if (out.columns.length === 0) out.columns = batch.schema.fields.map((f) => f.name);
    out.bytes += batch.data?.byteLength ?? 0;
    const rows: Row[] = toRows(batch);
    const room = limits.rows - out.rows.length;
    for (let i = 0; i < Math.min(room, rows.length); i++) out.rows.push(rows[i]);
    if (rows.length > room) {
      out.truncated = 'rows';
      break;
    }
    if (out.bytes > limits.bytes) {
      out.truncated = 'bytes';
      break;
    }
  }
  return out;
}
