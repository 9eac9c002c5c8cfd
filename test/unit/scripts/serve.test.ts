import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import net from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
// @ts-expect-error plain ESM script without types
import { serve } from '../../../scripts/serve.mjs';
// @ts-expect-error plain ESM script without types
import { parseRange } from '../../../scripts/serve-range.mjs';

// A web root `site` with a sibling `site-secret` that shares its name as a prefix.
const dir = mkdtempSync(path.join(tmpdir(), 'cg-serve-'));
const root = path.join(dir, 'site');
const DATA = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
let server: http.Server;
let port = 0;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request with the path sent byte for byte (no client-side normalisation). */
function get(rawPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The server still answers a normal request after whatever came before. */
async function stillServes() {
  const r = await get('/index.html');
  expect(r.status).toBe(200);
  expect(r.body.toString()).toBe('<!doctype html><title>t</title>');
}

beforeAll(async () => {
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  mkdirSync(path.join(root, 'data'), { recursive: true });
  mkdirSync(`${root}-secret`, { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(path.join(root, 'assets', 'Norms-BAxqebMI.js'), 'export const x = 1;');
  writeFileSync(path.join(root, 'data', 'db.duckdb'), DATA);
  writeFileSync(path.join(`${root}-secret`, 'secret.txt'), 'SECRET');
  writeFileSync(path.join(root, 'manifest.webmanifest'), '{"name":"t"}');
  server = await serve(root, 0);
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('serve.mjs survives bad requests', () => {
  it('answers a malformed percent-escape with 400 and keeps serving', async () => {
    for (const p of ['/%', '/%E0%A4%A', '/assets/%zz.js', '/%00', '/index.html%00.js']) {
      expect((await get(p)).status, p).toBe(400);
      await stillServes();
    }
  });

  it('keeps a sibling folder that shares the root name prefix out (403/404, never its bytes)', async () => {
    for (const p of [
      '/..%2fsite-secret%2fsecret.txt',
      '/..%2F..%2F' + path.basename(dir) + '%2Fsite-secret%2Fsecret.txt',
      '/%2e%2e/site-secret/secret.txt',
    ]) {
      const r = await get(p);
      expect([403, 404], p).toContain(r.status);
      expect(r.body.toString()).not.toContain('SECRET');
      await stillServes();
    }
  });

  it('answers ranges as RFC 9110 says, including suffix ranges', async () => {
    const suffix = await get('/data/db.duckdb', { range: 'bytes=-100' });
    expect(suffix.status).toBe(206);
    expect(suffix.headers['content-range']).toBe('bytes 900-999/1000');
    expect([...suffix.body]).toEqual([...DATA.subarray(900)]);
    const mid = await get('/data/db.duckdb', { range: 'bytes=10-19' });
    expect(mid.headers['content-range']).toBe('bytes 10-19/1000');
    expect([...mid.body]).toEqual([...DATA.subarray(10, 20)]);
    const open = await get('/data/db.duckdb', { range: 'bytes=995-' });
    expect([...open.body]).toEqual([...DATA.subarray(995)]);
    const clamp = await get('/data/db.duckdb', { range: 'bytes=990-5000' });
    expect(clamp.headers['content-range']).toBe('bytes 990-999/1000');
    const whole = await get('/data/db.duckdb', { range: 'bytes=-5000' });
    expect(whole.headers['content-range']).toBe('bytes 0-999/1000');
    expect((await get('/data/db.duckdb', { range: 'bytes=1000-' })).status).toBe(416);
    expect((await get('/data/db.duckdb', { range: 'bytes=-0' })).status).toBe(416);
    // syntax errors and other units are ignored: the whole file with 200
    for (const bad of ['bytes=20-10', 'bytes=abc', 'items=0-1', 'bytes=0-1,5-6']) {
      const r = await get('/data/db.duckdb', { range: bad });
      expect(r.status, bad).toBe(200);
      expect(r.body.length).toBe(1000);
    }
    await stillServes();
  });

  it('serves the web app manifest as application/manifest+json, gzipped or not', async () => {
    // Browsers install the app only from a manifest with this type (W3C Web App Manifest §1.2).
    const plainReply = await get('/manifest.webmanifest');
    expect(plainReply.headers['content-type']).toBe('application/manifest+json');
    expect(plainReply.body.toString()).toBe('{"name":"t"}');
    const gz = await get('/manifest.webmanifest', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-type']).toBe('application/manifest+json');
    expect(gz.headers['content-encoding']).toBe('gzip');
  });

  it('parses range specs without a server', () => {
    expect(parseRange('bytes=-1', 10)).toEqual({ start: 9, end: 9 });
    expect(parseRange('bytes=0-0', 10)).toEqual({ start: 0, end: 0 });
    expect(parseRange(undefined, 10)).toBeNull();
  });

  it('forbids framing and keeps the other security headers on every answer', async () => {
    for (const p of ['/', '/index.html', '/%', '/nope']) {
      const r = await get(p);
      expect(r.headers['content-security-policy'], p).toContain("frame-ancestors 'none'");
      expect(r.headers['content-security-policy']).toContain("default-src 'self'");
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('survives a request line that is not HTTP and an unknown method', async () => {
    await new Promise<void>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => s.end('GARBAGE \x00\x01 nonsense\r\n\r\n'));
      s.on('close', () => resolve());
      s.on('error', () => resolve());
      s.resume();
    });
    expect((await get('/index.html', {}, 'DELETE')).status).toBe(405);
    await stillServes();
  });

  it('caches hashed assets for a year and revalidates index.html and data files with ETag/304', async () => {
    const asset = await get('/assets/Norms-BAxqebMI.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const p of ['/', '/index.html', '/data/db.duckdb']) {
      const first = await get(p, { 'accept-encoding': 'gzip' });
      expect(first.headers['cache-control'], p).toBe('no-cache');
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await get(p, { 'accept-encoding': 'gzip', 'if-none-match': etag });
      expect(again.status, p).toBe(304);
      expect(again.body.length).toBe(0);
      // the uncompressed representation has its own validator
      const plainBody = await get(p, { 'if-none-match': etag });
      expect(plainBody.status).toBe(200);
    }
  });
});
