import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./ensure-browser.mjs', import.meta.url));

const run = (env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [script], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('ensure-browser (before the e2e step)', () => {
  it('stops with one line saying what to install when there is no Chromium and no download', () => {
    const r = run({
      PLAYWRIGHT_CHROMIUM: '/nonexistent/chromium',
      // An empty browser folder, and a download host that refuses connections.
      PLAYWRIGHT_BROWSERS_PATH: mkdtempSync(join(tmpdir(), 'restore-hooks-browsers-')),
      PLAYWRIGHT_DOWNLOAD_HOST: 'http://127.0.0.1:9',
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^e2e: .*install Chromium \(Debian\/Ubuntu: sudo apt-get install -y chromium;/,
    );
  }, 120_000);

  it('goes on silently when the Chromium it is given exists', () => {
    const r = run({ PLAYWRIGHT_CHROMIUM: process.execPath });
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });
});
