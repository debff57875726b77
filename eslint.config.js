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

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
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
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiPackages, message: engineMessage },
            { group: ['**/app/**', '../app/*', '**/e2e/**'], message: engineMessage },
            {
              group: ['node:*'],
              message:
                'Node built-ins belong in src/cli only: the engine also runs in the browser.',
            },
            {
              group: ['**/cli/**', './cli/*', '../cli/*'],
              message: 'Nothing in the engine imports the CLI adapter.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiPackages, message: engineMessage },
            { group: ['**/app/**'], message: engineMessage },
          ],
        },
      ],
    },
  },
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
          ],
        },
      ],
    },
  },
);
