import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const monacoEsm = fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url));

// Content-Security-Policy sent by `vite preview` (the same policy is in index.html's meta tag).
export const contentSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; worker-src 'self'; " +
  "connect-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

export default defineConfig({
  plugins: [react()],
  base: './',
  resolve: {
    // monaco-yaml deep-imports monaco-editor/esm/vs/...; monaco-editor >= 0.56 blocks that with an exports map.
    alias: [{ find: /^monaco-editor\/esm\/vs\/(.+?)(\.js)?$/, replacement: `${monacoEsm}$1.js` }],
  },
  worker: { format: 'es' },
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  build: { target: 'es2022', chunkSizeWarningLimit: 6000 },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'engine', environment: 'node', include: ['src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'app', environment: 'jsdom', include: ['app/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: { name: 'scripts', environment: 'node', include: ['scripts/**/*.test.ts'] },
      },
    ],
  },
});
