import { startDuckDb } from './browser';
import { collectLimited, type BatchLike } from './console-output';
import { CONSOLE_HEALTH_SQL, SHIPPED_ALIAS, SHIPPED_FILE, consoleLockdownSql, type ConsoleSandbox } from './types';

/**
 * Open the SQL console's sandbox in the browser: a second duckdb-wasm instance in its own worker,
 * with its own copy of the shipped file (fetched again; the HTTP cache or a 304 makes that
 * cheap). Terminating it never touches the app's instance.
 */
export async function openConsoleSandbox(dataUrl = 'data/common-ground.duckdb'): Promise<ConsoleSandbox> {
  const file = fetch(dataUrl).then((r) => {
    if (!r.ok) throw new Error(`${dataUrl}: HTTP ${r.status}`);
    return r.arrayBuffer();
  });
  const db = await startDuckDb();
  try {
    await db.registerFileBuffer(SHIPPED_FILE, new Uint8Array(await file));
    const setup = await db.connect();
    await setup.query(consoleLockdownSql());
    await setup.close();
  } catch (e) {
    await db.terminate();
    throw e;
  }
  return {
    async run(statements, limits) {
      // A fresh connection per run: temp tables and USE from an earlier run are gone.
      const conn = await db.connect();
      try {
        await conn.query(`USE ${SHIPPED_ALIAS}`);
        let out = { columns: [] as string[], rows: [], truncated: null, bytes: 0 } as Awaited<
          ReturnType<typeof collectLimited>
        >;
        for (const stmt of statements) {
          const reader = await conn.send(stmt, true);
          out = await collectLimited(reader as unknown as AsyncIterable<BatchLike>, limits);
          if (out.truncated) await conn.cancelSent();
          if (out.columns.length === 0) out.columns = schemaNames(reader);
        }
        return out;
      } finally {
        await conn.close();
      }
    },
    async healthy() {
      const conn = await db.connect();
      try {
        const t = await conn.query(CONSOLE_HEALTH_SQL);
        return Number(t.getChildAt(0)?.get(0)) === 1;
      } catch {
        return false;
      } finally {
        await conn.close();
      }
    },
    async close() {
      await db.terminate();
    },
  };
}

/** Column names of a result with no batches (an empty SELECT still has columns). */
function schemaNames(reader: { schema?: { fields: { name: string }[] } }): string[] {
  try {
    return reader.schema?.fields.map((f) => f.name) ?? [];
  } catch {
    return [];
  }
}
