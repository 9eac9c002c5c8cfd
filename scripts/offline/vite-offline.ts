import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { iconPng } from './icons.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * Files the service worker does not precache: compressed twins, source maps, and DuckDB's mvp
 * build (39 MB, only for browsers without wasm exceptions; they fetch it from the network).
 */
const SKIP = /(\.gz|\.br|\.map)$|(^|\/)(sw\.js|duckdb-mvp[^/]*|duckdb-browser-mvp[^/]*)$/;

/**
 * Offline support at build time: writes the install icons and `manifest.webmanifest`, then
 * `sw.js` with a precache list of every built file (hashed chunks and CSS, DuckDB's worker and
 * wasm, the data file, manifest and snapshot) and a version that is a hash of their contents, so
 * a new build or data version is a new worker. Runs before `precompress()`.
 */
export function offline(): Plugin {
  let outDir = 'dist';
  return {
    name: 'common-ground-offline',
    apply: 'build',
    configResolved(c) {
      outDir = path.resolve(c.root, c.build.outDir);
    },
    closeBundle() {
      for (const size of [192, 512]) writeFileSync(path.join(outDir, `icon-${size}.png`), iconPng(size));
      writeFileSync(path.join(outDir, 'manifest.webmanifest'), JSON.stringify(webManifest(), null, 2));
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((f) => {
          const p = path.join(dir, f);
          return statSync(p).isDirectory() ? walk(p) : [p];
        });
      const files = walk(outDir)
        .map((f) => path.relative(outDir, f).split(path.sep).join('/'))
        .filter((f) => !SKIP.test(f))
        .sort();
      const hash = createHash('sha256');
      for (const f of files)
        hash.update(f).update(
          createHash('sha256')
            .update(readFileSync(path.join(outDir, f)))
            .digest(),
        );
      const version = hash.digest('hex').slice(0, 16);
      const precache = ['./', ...files.map((f) => `./${f}`)];
      const sw = readFileSync(path.join(HERE, 'sw.js'), 'utf8')
        .replace('__CG_VERSION__', version)
        .replace('__CG_PRECACHE__', JSON.stringify(precache));
      writeFileSync(path.join(outDir, 'sw.js'), sw);
    },
  };
}

function webManifest() {
  return {
    name: 'Common Ground — consensus map of responsible state behaviour in cyberspace',
    short_name: 'Common Ground',
    description:
      'Where UN member states agree or diverge on the UN cyber norms, international law, votes and capacity. Runs entirely in the browser.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f5fa8',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    ],
  };
}
