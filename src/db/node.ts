import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CONSOLE_HEALTH_SQL,
  SAFE_SETTINGS_SQL,
  SHIPPED_ALIAS,
  SHIPPED_FILE,
  attachShippedSql,
  consoleLockdownSql,
  type ArrowTableLike,
  type ConsoleSandbox,
  type Db,
} from './types';
import { collectLimited, type BatchLike } from './console-output';

// The node-blocking bundle is the same engine as the browser build (same version, same
// missing extensions), so SQL that passes here behaves the same in the app.
const require = createRequire(import.meta.url);
type Blocking = typeof import('@duckdb/duckdb-wasm/blocking');

/** Same result types as the browser (see OPEN_CONFIG in browser.ts, kept in step). */
const OPEN_CONFIG = { query: { castBigIntToDouble: true, castDecimalToDouble: true } };

/**
 * Open duckdb-wasm in Node (tests, snapshot build). With `dbFile`, the shipped database file is
 * read into memory and attached READ_ONLY exactly as the browser attaches it.
 */
export async function openNodeDb(dbFile?: string): Promise<Db> {
  const { db, conn } = await openBlocking();
  if (dbFile) {
    db.registerFileBuffer(SHIPPED_FILE, new Uint8Array(readFileSync(dbFile)));
    conn.query(attachShippedSql());
  }
  return wrap(db, conn, !!dbFile);
}

/**
 * The console's sandbox as the browser builds it (same lock-down SQL, same limits), on a
 * separate blocking instance. Blocking means no time limit can interrupt it here and results are
 * cut after they are built: runaway queries and streaming limits are tested in the browser,
 * where the sandbox has its own worker.
 */
export async function openNodeConsoleSandbox(dbFile: string): Promise<ConsoleSandbox> {
  const { db, conn } = await openBlocking();
  db.registerFileBuffer(SHIPPED_FILE, new Uint8Array(readFileSync(dbFile)));
  conn.query(consoleLockdownSql());
  return {
    async run(statements, limits) {
      const c = db.connect();
      try {
        c.query(`USE ${SHIPPED_ALIAS}`);
        let out = await collectLimited([], limits);
        // The blocking bundle's streaming `send` is not usable here, so the whole result is
        // built and then cut with the same limits (the browser stops reading instead).
        for (const stmt of statements) {
          const table = c.query(stmt);
          out = await collectLimited(table.batches as unknown as Iterable<BatchLike>, limits);
          if (out.columns.length === 0) out.columns = table.schema.fields.map((f) => f.name);
        }
        return out;
      } finally {
        c.close();
      }
    },
    async healthy() {
      const c = db.connect();
      try {
        return Number(c.query(CONSOLE_HEALTH_SQL).getChildAt(0)?.get(0)) === 1;
      } catch {
        return false;
      } finally {
        c.close();
      }
    },
    async close() {
      db.reset();
    },
  };
}

async function openBlocking() {
  const lib = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as Blocking;
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await lib.createDuckDB(bundles, new lib.VoidLogger(), lib.NODE_RUNTIME);
  await db.instantiate(() => {});
  db.open(OPEN_CONFIG);
  const conn = db.connect();
  conn.query(SAFE_SETTINGS_SQL);
  return { db, conn };
}

type BlockingDb = Awaited<ReturnType<Blocking['createDuckDB']>>;
type BlockingConn = ReturnType<BlockingDb['connect']>;

function wrap(db: BlockingDb, conn: BlockingConn, attached: boolean): Db {
  return {
    async query(sql: string) {
      return conn.query(sql) as unknown as ArrowTableLike;
    },
    async exec(sql: string) {
      conn.query(sql);
    },
    async registerFile(name: string, bytes: Uint8Array) {
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string) {
      db.dropFile(name);
    },
    async version() {
      return db.getVersion();
    },
    async isolated() {
      const c = db.connect();
      c.query(SAFE_SETTINGS_SQL);
      if (attached) c.query(`USE ${SHIPPED_ALIAS}`);
      return wrap(db, c, attached);
    },
  };
}
