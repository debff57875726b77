// ESLint flat config: type-aware rules, React hooks in app/, and the boundary rules of
// ../shared/style.md ("Direction of dependencies"), enforced with explaining messages.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiPackages = [
  'react',
  'react-dom',
  'react/*',
  'monaco-editor',
  'monaco-editor/*',
  'monaco-yaml',
  'monaco-yaml/*',
  'zustand',
  'zustand/*',
];
const engineMessage =
  'src/ is the engine: pure TypeScript with no UI. The app imports the engine through src/index.ts, never the other way.';

// The engine's layers, lowest first (../shared/style.md, "Direction of dependencies"). A folder may
// import its own layer and the ones before it; src/index.ts is the only door for the app and the CLI.
const engineLayers = [
  ['model', 'versions'],
  ['go'],
  ['yaml'],
  ['diagnostics'],
  ['velero'],
  ['simulate'],
  ['scenario'],
  ['rules'],
  ['analyze.ts'],
  ['designer', 'generate', 'share', 'backup'],
  ['index.ts'],
];
const engineBase = [
  { group: uiPackages, message: engineMessage },
  { group: ['**/app/**', '../app/*', '**/e2e/**'], message: engineMessage },
  {
    group: ['node:*'],
    message:
      'Node built-ins belong in the adapters (src/cli, src/lsp) only: the engine also runs in the browser.',
  },
  {
    group: ['**/cli/**', './cli/*', '../cli/*', '**/lsp/**', './lsp/*', '../lsp/*'],
    message: 'Nothing in the engine imports the CLI or language-server adapters.',
  },
  {
    group: ['**/testing/**', './testing/*', '../testing/*'],
    message: 'src/testing holds test kits; shipped engine code never imports them.',
  },
];

/** One ESLint block per engine folder, forbidding imports from the layers above it. */
function engineLayerBlocks() {
  return engineLayers.flatMap((layer, i) => {
    const higher = engineLayers.slice(i + 1).flat();
    const forbidden = higher.flatMap((name) =>
      name.endsWith('.ts')
        ? [`./${name}`, `../${name}`, `../../${name}`]
        : [`**/${name}/**`, `./${name}/*`],
    );
    const message = `${layer.join(', ')} sits below ${higher.join(', ')} in the engine's layers: the arrow points the other way (see eslint.config.js engineLayers).`;
    const patterns = [...engineBase];
    if (forbidden.length > 0) patterns.push({ group: forbidden, message });
    const files = layer.map((name) =>
      name.endsWith('.ts') ? `src/${name}` : `src/${name}/**/*.ts`,
    );
    const block = (files, ignores, patterns) => ({
      files,
      ignores: ['src/**/*.test.ts', ...ignores],
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    });
    if (!layer.includes('rules')) return [block(files, [], patterns)];
    // A rule never imports another rule: shared code lives in rules/utils/.
    const ruleFiles = ['src/rules/*.ts'];
    const oneRule = {
      regex: '^\\./(?!utils/)',
      message: 'A rule never imports another rule; put what they share in src/rules/utils/.',
    };
    return [
      block(files, ruleFiles, patterns),
      block(ruleFiles, ['src/rules/index.ts'], [...patterns, oneRule]),
    ];
  });
}

/**
 * The CLI and the language server are adapters like the app: each reaches the engine only through
 * src/index.ts. The CLI's `lsp` command starts the server through src/lsp/index.ts, its one door;
 * the server never imports the CLI.
 */
function adapterBlocks() {
  const message =
    'The CLI and the language server are adapters like the app: they reach the engine only through src/index.ts (and the CLI reaches the server only through src/lsp/index.ts).';
  return [
    ['src/cli/*.ts', '^\\.\\./(?!index\\.ts$)'],
    ['src/cli/commands/*.ts', '^\\.\\./\\.\\./(?!index\\.ts$|lsp/index\\.ts$)'],
    ['src/lsp/*.ts', '^\\.\\./(?!index\\.ts$)'],
  ].map(([files, regex]) => ({
    files: [files],
    ignores: ['src/cli/**/*.test.ts', 'src/lsp/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...uiPackages, '**/app/**'], message: engineMessage },
            { regex, message },
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  {
    ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report', 'coverage'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: false, program: null },
    },
  },
  {
    // The VS Code client is CommonJS, as VS Code's extension host loads it.
    files: ['editors/vscode/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...engineLayerBlocks(),
  {
    files: ['src/**/*.test.ts', 'src/testing/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: [...uiPackages, '**/app/**', '**/e2e/**'], message: engineMessage }],
        },
      ],
    },
  },
  ...adapterBlocks(),
  {
    files: ['app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/*/**', '!**/src/index', '!**/src/index.ts'],
              message: 'The app imports the engine only through src/index.ts.',
            },
            { group: ['node:*'], message: 'The app runs in the browser.' },
            {
              group: ['**/engine/*', '!**/engine/index.ts'],
              message:
                'The page reaches the engine worker only through app/engine/index.ts: the bridge stays in one place.',
            },
          ],
        },
      ],
    },
  },
  {
    // Inside the bridge its files import each other; they never reach up into the page's state.
    files: ['app/engine/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/*/**', '!**/src/index', '!**/src/index.ts'],
              message: 'The app imports the engine only through src/index.ts.',
            },
            { group: ['node:*'], message: 'The app runs in the browser.' },
            {
              group: ['**/state/**', '**/features/**', '**/components/**'],
              message:
                'app/engine is below the page: state and features use it, it does not use them.',
            },
          ],
        },
      ],
    },
  },
);
