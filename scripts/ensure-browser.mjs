// Runs before `playwright test` (npm run test:e2e) so that `npm ci && npm test` needs nothing else:
// the system Chromium when there is one (PLAYWRIGHT_CHROMIUM, else /usr/bin/chromium, as
// playwright.config.ts picks it), else Playwright's own Chromium, downloaded if missing. Where
// neither exists nor downloads, it stops with one line on stderr saying what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const systemChromium = process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(systemChromium)) process.exit(0);
const { chromium } = await import('@playwright/test');
if (existsSync(chromium.executablePath())) process.exit(0);

console.log(
  `e2e: no Chromium at ${systemChromium}; downloading Playwright's (playwright install chromium)`,
);
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const install = spawnSync(process.execPath, [cli, 'install', 'chromium'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  encoding: 'utf8',
  timeout: 15 * 60 * 1000,
});
if (install.status === 0 && existsSync(chromium.executablePath())) {
  console.log(`e2e: installed Playwright's Chromium at ${chromium.executablePath()}`);
  process.exit(0);
}
console.error(
  `e2e: no browser for Playwright and its download failed; install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium; or set PLAYWRIGHT_CHROMIUM to a Chromium binary) and run npm test again`,
);
process.exit(1);
