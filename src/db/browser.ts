import * as duckdb from '@duckdb/duckdb-wasm';
// Self-hosted bundles: Vite copies these files into the build, so no CDN is ever contacted.
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { SAFE_SETTINGS_SQL, SHIPPED_ALIAS, SHIPPED_FILE, attachShippedSql, type Db } from './types';

/** Open config shared by browser and Node so both return the same Arrow types. */
export const OPEN_CONFIG: duckdb.DuckDBConfig = {
  query: { castBigIntToDouble: true, castDecimalToDouble: true },
  filesystem: { reliableHeadRequests: true, allowFullHTTPReads: true },
};

class BrowserDb implements Db {
  constructor(
    private readonly db: duckdb.AsyncDuckDB,
    private readonly conn: duckdb.AsyncDuckDBConnection,
  ) {}
  query(sql: string) {
    return this.conn.query(sql);
  }
  async exec(sql: string) {
    await this.conn.query(sql);
  }
  registerFile(name: string, bytes: Uint8Array) {
    return this.db.registerFileBuffer(name, bytes);
  }
  async dropFile(name: string) {
    await this.db.dropFile(name);
  }
  version() {
    return this.db.getVersion();
  }
  async isolated(): Promise<Db> {
    const conn = await this.db.connect();
    await conn.query(`${SAFE_SETTINGS_SQL};\nUSE ${SHIPPED_ALIAS};`);
    return new BrowserDb(this.db, conn);
  }
}

/** A new duckdb-wasm instance in its own worker, opened with OPEN_CONFIG (nothing attached yet). */
export async function startDuckDb(): Promise<duckdb.AsyncDuckDB> {
  // eh = wasm exceptions (all current browsers); mvp is the fallback. Threads (coi) were
  // slower on 2 cores and need COOP/COEP headers, so they are not offered.
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(bundle.mainModule);
    await db.open(OPEN_CONFIG);
  } catch (e) {
    worker.terminate();
    throw e;
  }
  return db;
}

async function openBrowserDb(dataUrl: string): Promise<Db> {
  // The shipped file is small once gzipped (~90 KB for 4.4 MB), so one compressed download held
  // in memory beats many uncompressed HTTP range reads, and keeps working offline afterwards.
  // Started first so it overlaps the worker and wasm start-up.
  const file = fetch(dataUrl).then((r) => {
    if (!r.ok) throw new Error(`${dataUrl}: HTTP ${r.status}`);
    return r.arrayBuffer();
  });
  const db = await startDuckDb();
  const conn = await db.connect();
  await conn.query(SAFE_SETTINGS_SQL);
  await db.registerFileBuffer(SHIPPED_FILE, new Uint8Array(await file));
  await conn.query(attachShippedSql());
  return new BrowserDb(db, conn);
}

let pending: Promise<Db> | null = null;

/**
 * The lazy singleton: the first call starts DuckDB in its worker and attaches the shipped
 * database; every later call gets the same promise.
 */
export function getBrowserDb(dataUrl = 'data/common-ground.duckdb'): Promise<Db> {
  pending ??= openBrowserDb(dataUrl);
  return pending;
}
