// ESLint flat config: recommended JS/TS/Svelte rules plus the project's one-way layering
// (docs/DESIGN.md §4) written as import restrictions, so a wrong-way import fails `npm test`.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Folders of `src/` and the folders each may not import from (the layers above it). */
const LAYERS = {
  analysis: ['views', 'state', 'queries', 'db', 'export', 'ui', 'charts', 'validate'],
  charts: ['views', 'state', 'queries', 'db', 'export', 'ui'],
  db: ['views', 'state', 'queries', 'export', 'ui', 'charts', 'analysis'],
  validate: ['views', 'state', 'queries', 'db', 'export', 'ui', 'charts'],
  queries: ['views', 'state', 'export', 'ui', 'charts'],
  export: ['views', 'ui', 'charts'],
  state: ['views', 'ui', 'charts'],
  ui: ['views'],
};

/** Relative-path patterns that reach `src/<folder>` from anywhere inside another folder of src. */
const reach = (folder) => [
  `../${folder}`,
  `../${folder}/*`,
  `../../${folder}`,
  `../../${folder}/*`,
  `../../../${folder}/*`,
];

const DUCKDB_ONLY_IN_DB = {
  group: ['@duckdb/duckdb-wasm', '@duckdb/duckdb-wasm/*'],
  message: 'Only src/db/ talks to duckdb-wasm; go through the query layer.',
};

const layerRules = Object.entries(LAYERS).map(([folder, banned]) => ({
  files: [`src/${folder}/**/*.{ts,svelte,svelte.ts}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...banned.map((b) => ({
            group: reach(b),
            message: `src/${folder}/ sits below src/${b}/ and must not import it (docs/DESIGN.md §4).`,
          })),
          ...(folder === 'db' ? [] : [DUCKDB_ONLY_IN_DB]),
        ],
      },
    ],
  },
}));

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'public/', '.bench/', '.scratch*/', 'test/fixtures/', 'coverage/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      // `ok && list.push(x)` and `a ? b() : c()` are used deliberately in small loops.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // Plain Map/Set/Date built inside $derived or functions are deliberately non-reactive
      // scratch values; the rule cannot tell those from state and flags them all.
      'svelte/prefer-svelte-reactivity': 'off',
      // `{' '}` and `{' · '}` keep a literal space or separator between inline expressions.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { projectService: false, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig },
    },
  },
  {
    files: ['src/**/*.{ts,svelte}'],
    ignores: ['src/db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DUCKDB_ONLY_IN_DB] }] },
  },
  {
    // Byte-level readers in tests use comma expressions for paired writes.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/offline/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker, __CG_PRECACHE__: 'readonly', __CG_VERSION__: 'readonly' } },
  },
  ...layerRules,
  {
    // Text from data is rendered as text; {@html} would let a CSV cell inject markup.
    files: ['src/**/*.svelte'],
    rules: { 'svelte/no-at-html-tags': 'error' },
  },
);
