/**
 * First visit vs repeat visit (not a test), in headless Chromium with one profile: bytes the
 * server sent (counted on its sockets, so the DuckDB worker's and the service worker's requests
 * count too) and DuckDB-ready time. The repeat visit starts once the service worker has
 * precached the app (navigator.serviceWorker.ready), as a user's second visit would.
 */
export async function run({ base, withBrowser, summary, server, runs }) {
  const sockets = new Set();
  const onConn = (s) => sockets.add(s);
  server.on('connection', onConn);
  const sent = () => [...sockets].reduce((n, s) => n + s.bytesWritten, 0);
  const first = { kb: [], ready: [] };
  const repeat = { kb: [], ready: [] };
  const visit = async (page, into, go) => {
    const b0 = sent();
    await go();
    await page.waitForFunction(() => performance.getEntriesByName('cg:duckdb-ready').length > 0, null, {
      timeout: 60_000,
    });
    into.ready.push(await page.evaluate(() => performance.getEntriesByName('cg:duckdb-ready')[0].startTime));
    await page.waitForTimeout(1000); // stragglers (lazy chunks, the worker's update check)
    return b0;
  };
  try {
    for (let i = 0; i < Math.min(runs, 3); i++) {
      await withBrowser(async (page) => {
        const b0 = await visit(page, first, () => page.goto(base));
        await page.evaluate(async () => navigator.serviceWorker.ready);
        first.kb.push((sent() - b0) / 1024); // includes the precache install after DuckDB was ready
        const b1 = await visit(page, repeat, () => page.reload());
        repeat.kb.push((sent() - b1) / 1024);
      });
    }
  } finally {
    server.off('connection', onConn);
  }
  return {
    first_visit_kb: summary(first.kb),
    repeat_visit_kb: summary(repeat.kb),
    duckdb_ready_first_visit_ms: summary(first.ready),
    duckdb_ready_repeat_visit_ms: summary(repeat.ready),
  };
}
