import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The layering in docs/DESIGN.md §4 is enforced by eslint.config.js; these cases prove the
// rules fire on a wrong-way import and stay quiet on a right-way one (text linted in memory,
// under a path inside src/ so the per-folder rules apply).
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import layering (ESLint)', () => {
  it('analysis may not import views or state', async () => {
    const msgs = await restricted(
      'src/analysis/zz.ts',
      "import { views } from '../views/registry';\nimport { app } from '../state/app.svelte';\nexport const x = [views, app];\n",
    );
    expect(msgs).toHaveLength(2);
    expect(msgs[0]).toContain('src/analysis/ sits below src/views/');
  });

  it('charts may not import state, queries or db', async () => {
    const msgs = await restricted(
      'src/charts/zz.ts',
      "import { app } from '../state/app.svelte';\nimport { x } from '../queries/sql';\nimport { y } from '../db/index';\nexport const z = [app, x, y];\n",
    );
    expect(msgs).toHaveLength(3);
  });

  it('only src/db imports duckdb-wasm', async () => {
    const code = "import * as duckdb from '@duckdb/duckdb-wasm';\nexport const d = duckdb;\n";
    expect(await restricted('src/queries/zz.ts', code)).toEqual([expect.stringContaining('Only src/db/')]);
    expect(await restricted('src/db/zz.ts', code)).toEqual([]);
  });

  it('views may import from every layer below them', async () => {
    const code =
      "import { app } from '../../state/app.svelte';\nimport { x } from '../../queries/sql';\nexport const z = [app, x];\n";
    expect(await restricted('src/views/overview/zz.ts', code)).toEqual([]);
  });

  it('queries may not import state (one way: state → queries)', async () => {
    const msgs = await restricted(
      'src/queries/zz.ts',
      "import { app } from '../state/app.svelte';\nexport const z = app;\n",
    );
    expect(msgs).toEqual([expect.stringContaining('src/queries/ sits below src/state/')]);
  });
});
