/**
 * Static server for the built app (dist/) on localhost. Why not `vite preview`: we need HTTP
 * range requests for the DuckDB file, gzip for wasm/js/json (DESIGN §7: wasm served
 * compressed), the same strict CSP as a production host would send, and caching that lets a
 * repeat visit cost almost nothing (hashed assets immutable, everything else revalidated).
 *
 * It must survive any request: a bad path is a 400, a path outside the web root a 403, an
 * unexpected failure a 500 — never a crash that stops later requests being answered.
 */
import http from 'node:http';
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseRange } from './serve-range.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.duckdb': 'application/octet-stream',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESS = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.wasm',
  '.svg',
  '.csv',
  '.map',
  '.txt',
  '.duckdb',
  '.webmanifest',
]);
/** frame-ancestors 'none' (and X-Frame-Options for older browsers): no other site may frame the app. */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; connect-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";
const SECURITY = {
  'content-security-policy': CSP,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
/** Vite's content-hashed build outputs (`assets/Norms-BAxqebMI.js`): their bytes never change. */
const HASHED = /^\/assets\/.+-[A-Za-z0-9_-]{8}\.[a-z0-9.]+$/;

/** Cache policy: hashed assets for a year; index.html, data files and the rest revalidated (ETag → 304). */
export function cacheControl(urlPath) {
  return HASHED.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** True when `file` is `base` itself or inside it (compared with a trailing separator, so `dist-x` is outside `dist`). */
export function isInside(base, file) {
  return file === base || file.startsWith(base.endsWith(path.sep) ? base : base + path.sep);
}

/** Does If-None-Match list this ETag (weak comparison, RFC 9110 §13.1.2)? */
function etagMatches(header, etag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (t) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => bare(t) === bare(etag));
}

function plain(res, status, text, extra = {}) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    ...SECURITY,
    ...extra,
  });
  res.end(text);
}

/** Start serving `root`; resolves to the http.Server once listening. */
export function serve(root = 'dist', port = Number(process.env.PORT ?? 4173), host = '127.0.0.1') {
  const base = realpathSync(path.resolve(root));
  const gzCache = new Map();

  function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return plain(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return plain(res, 400, 'bad request: malformed path');
    }
    if (urlPath.includes('\0')) return plain(res, 400, 'bad request: malformed path');
    let file = path.resolve(base, `.${urlPath}`);
    if (!isInside(base, file)) return plain(res, 403, 'forbidden');
    let st = statOrNull(file);
    if (st?.isDirectory()) {
      file = path.join(file, 'index.html');
      st = statOrNull(file);
    }
    if (!st?.isFile()) return plain(res, 404, 'not found');
    // Resolve links too: a symlink inside the root must not lead outside it.
    if (!isInside(base, realpathSync(file))) return plain(res, 403, 'forbidden');

    const ext = path.extname(file);
    const tag = `"${st.size.toString(16)}-${Math.trunc(st.mtimeMs).toString(16)}"`;
    const wantsGzip = COMPRESS.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const range = req.method === 'GET' ? parseRange(req.headers.range, st.size) : null;
    // A gzip body is a different representation from the identity one, so its validator differs.
    const etag = wantsGzip && !range ? tag.replace(/"$/, '-gz"') : tag;
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': cacheControl(urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath),
      ...SECURITY,
      'accept-ranges': 'bytes',
      'last-modified': st.mtime.toUTCString(),
      etag,
      vary: 'accept-encoding',
    };
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers);
      return void res.end();
    }
    if (range === 'unsatisfiable')
      return plain(res, 416, 'range not satisfiable', { 'content-range': `bytes */${st.size}` });
    if (range) {
      const { start, end } = range;
      res.writeHead(206, {
        ...headers,
        etag: tag,
        'content-range': `bytes ${start}-${end}/${st.size}`,
        'content-length': end - start + 1,
      });
      return void pipe(createReadStream(file, { start, end }), res);
    }
    if (wantsGzip) {
      // Prefer the build's precompressed twin (scripts/vite-precompress.ts); else gzip once and cache.
      const key = `${file}:${st.mtimeMs}`;
      let body = gzCache.get(key);
      const twin = body ? null : statOrNull(`${file}.gz`);
      if (!body && twin && twin.mtimeMs >= st.mtimeMs) body = readFileSync(`${file}.gz`);
      if (!body) body = gzipSync(readFileSync(file), { level: 6 });
      gzCache.set(key, body);
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
      return void res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, { ...headers, 'content-length': st.size });
    if (req.method === 'HEAD') return void res.end();
    pipe(createReadStream(file), res);
  }

  const server = http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      // Anything unexpected answers this request only; the server keeps serving.
      if (!res.headersSent) plain(res, 500, 'internal error');
      else res.destroy(e instanceof Error ? e : undefined);
    }
  });
  server.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

function statOrNull(file) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function pipe(stream, res) {
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve();
  const addr = server.address();
  console.log(`Common Ground is running at http://${addr.address}:${addr.port}/  (Ctrl+C to stop)`);
}
