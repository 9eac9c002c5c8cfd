/**
 * Static server for the built app (dist/) on localhost. Why not `vite preview`: we need HTTP
 * range requests for the DuckDB file, gzip for wasm/js/json (DESIGN §7: wasm served
 * compressed), and the same strict CSP as a production host would send.
 */
import http from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv; charset=utf-8', '.duckdb': 'application/octet-stream',
  '.map': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};
const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.csv', '.map', '.txt', '.duckdb']);
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; connect-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'none'";

/** Start serving `root`; resolves to the http.Server once listening. */
export function serve(root = 'dist', port = Number(process.env.PORT ?? 4173), host = '127.0.0.1') {
  const base = path.resolve(root);
  const gzCache = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.normalize(path.join(base, decodeURIComponent(url.pathname)));
    if (!file.startsWith(base)) return void res.writeHead(403).end('forbidden');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const ext = path.extname(file);
    const st = statSync(file);
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'accept-ranges': 'bytes',
      'last-modified': st.mtime.toUTCString(),
    };
    const range = req.headers.range;
    if (range) {
      const m = /bytes=(\d*)-(\d*)/.exec(range);
      const start = m && m[1] ? Number(m[1]) : 0;
      const end = m && m[2] ? Math.min(Number(m[2]), st.size - 1) : st.size - 1;
      if (start >= st.size || start > end) return void res.writeHead(416, { 'content-range': `bytes */${st.size}` }).end();
      res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${st.size}`, 'content-length': end - start + 1 });
      if (req.method === 'HEAD') return void res.end();
      return void createReadStream(file, { start, end }).pipe(res);
    }
    if (COMPRESS.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      // Prefer the build's precompressed twin (scripts/vite-precompress.ts); else gzip once and cache.
      const key = `${file}:${st.mtimeMs}`;
      let body = gzCache.get(key);
      if (!body && existsSync(`${file}.gz`) && statSync(`${file}.gz`).mtimeMs >= st.mtimeMs) body = readFileSync(`${file}.gz`);
      if (!body) body = gzipSync(readFileSync(file), { level: 6 });
      gzCache.set(key, body);
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
      return void res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, { ...headers, 'content-length': st.size });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve();
  const addr = server.address();
  console.log(`Common Ground is running at http://${addr.address}:${addr.port}/  (Ctrl+C to stop)`);
}
