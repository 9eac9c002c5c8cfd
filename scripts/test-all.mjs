/**
 * `npm test`: every test layer, in order — data build (validation), type check, lint and format, unit + SQL +
 * component tests, production build, browser tests on the built app. Stops at the first
 * failing layer and ends with one "N passed, N failed" line.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
const totals = { passed: 0, failed: 0, skipped: 0 };

// The browser tests need a Chromium binary; say so up front instead of failing minutes later.
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `npm test needs Chromium at ${chromium}: install it (Debian: apt-get install -y chromium) or set CHROMIUM=/path/to/chromium.`,
  );
  console.log('\nTests: 0 passed, 1 failed');
  process.exit(1);
}
mkdirSync('.bench', { recursive: true });

function vitest(projects, label) {
  const out = `.bench/vitest-${label}.json`;
  rmSync(out, { force: true });
  const args = projects.map((p) => `--project ${p}`).join(' ');
  let failed = false;
  try {
    run(`npx vitest run ${args} --reporter=default --reporter=json --outputFile.json=${out}`);
  } catch {
    failed = true;
  }
  try {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
    if (r.numFailedTests === 0 && failed) totals.failed += 1; // a suite that failed to load
  } catch {
    totals.failed += 1;
  }
  return !failed;
}

function finish(code) {
  console.log(
    `\nTests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
  );
  process.exit(code);
}

try {
  console.log('\n== data: validate and build the shipped database');
  run('npm run --silent data');
  console.log('\n== check: svelte-check (strict TypeScript)');
  run('npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output human');
  console.log('\n== lint: ESLint (house rules and import layering) and Prettier (format)');
  run('npx eslint . --max-warnings 0');
  run('npx prettier --check . --log-level warn');
} catch {
  totals.failed += 1;
  finish(1);
}
console.log('\n== unit, SQL and component tests');
if (!vitest(['node', 'dom'], 'unit')) finish(1);
try {
  console.log('\n== build the app');
  run('npx vite build --logLevel warn');
} catch {
  totals.failed += 1;
  finish(1);
}
console.log('\n== browser tests (headless Chromium on the built app)');
finish(vitest(['browser'], 'browser') ? 0 : 1);
