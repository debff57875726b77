import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { manyPods, podOfLines } from './helpers/manifests.ts';

// Figures are printed and written to test-results/perf.json. The tests run one after the other so
// they do not compete with each other for the CPU (other spec files may still run beside them).
// Playwright's failure traces snapshot the DOM on every action: that work would count as long tasks.
test.use({ trace: 'off' });

test.describe.configure({ mode: 'serial' });

const PERF_JSON = 'test-results/perf.json';

function record(key: string, value: unknown): void {
  mkdirSync('test-results', { recursive: true });
  const all = existsSync(PERF_JSON)
    ? (JSON.parse(readFileSync(PERF_JSON, 'utf8')) as Record<string, unknown>)
    : {};
  all[key] = value;
  writeFileSync(PERF_JSON, `${JSON.stringify(all, null, 2)}\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

declare global {
  interface Window {
    __keydownAt?: number;
    __fieldFrameAt?: number;
    __longTasks?: { start: number; duration: number }[];
    __wholeTexts?: number;
  }
}

/**
 * Presses `key` and waits in the page until the engine's answer for it is rendered (and, with
 * `field`, until the frame after the field's input event): milliseconds from the keydown to each.
 * The page must record `window.__keydownAt` (and `__fieldFrameAt`) itself.
 */
async function pressAndTime(page: Page, key: string, { field = false } = {}) {
  const before = await page.evaluate(() => window.__designer!.engineStatus().resultId);
  await page.keyboard.press(key);
  return page.evaluate(
    async ({ before, field }) => {
      const api = window.__designer!;
      const keydownAt = window.__keydownAt!;
      for (;;) {
        const s = api.engineStatus();
        const fieldAt = window.__fieldFrameAt ?? 0;
        if (
          s.resultId > before &&
          !s.pending &&
          s.resultAt > keydownAt &&
          (!field || fieldAt > keydownAt)
        )
          return {
            latency: s.resultAt - keydownAt,
            engineMs: s.engineMs,
            field: fieldAt - keydownAt,
          };
        await new Promise((r) => setTimeout(r, 1));
      }
    },
    { before, field },
  );
}

test('keystroke to updated markers and diff: a 300-line pod', async ({ page, designer }) => {
  await designer.open();
  await designer.setText('manifests', podOfLines(300));
  await designer.engineIdle();
  await designer.manifests.lines.click();
  await designer.manifests.input.press('ControlOrMeta+End');
  await page.evaluate(() =>
    addEventListener('keydown', (e) => (window.__keydownAt = e.timeStamp), { capture: true }),
  );

  // 10 keys warm the path up (JIT, Monaco's first edits), then 40 are measured.
  const keys = 'lxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrst';
  const samples: { latency: number; engineMs: number }[] = [];
  for (const key of keys) {
    const { latency, engineMs } = await pressAndTime(page, key);
    samples.push({ latency, engineMs });
  }
  const measured = samples.slice(10);
  const sorted = measured.map((s) => s.latency).sort((a, b) => a - b);
  const engine = measured.map((s) => s.engineMs).sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  const warmUp = samples.slice(0, 10).map((s) => Math.round(s.latency));
  console.log(
    `keystroke → engine result rendered (300-line pod, ${sorted.length} keys after 10 warm-up): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms; engine alone p50 ${percentile(engine, 50).toFixed(1)} ms, p95 ${percentile(engine, 95).toFixed(1)} ms; warm-up keys ${warmUp.join(', ')} ms`,
  );
  record('keystroke300Lines', {
    keys: sorted.length,
    p50,
    p95,
    max: sorted.at(-1),
    engineP50: percentile(engine, 50),
    engineP95: percentile(engine, 95),
    warmUp,
    samples: measured,
  });

  expect(await designer.text('manifests')).toMatch(/on-error: Failxyz/);
  // The typed value is not a valid on-error: the engine's marker is on the line.
  await expect(
    designer.manifests.editor.locator('.squiggly-error, .squiggly-warning'),
  ).not.toHaveCount(0);
  // The target is 50 ms: measured 28–38 ms p95 in five runs on a quiet 2-core machine, up to 160 ms
  // while other spec files and processes share its CPUs, so only a regression bound is asserted.
  expect(p95).toBeLessThan(250);
});

// Each results tab asks the engine for more (the simulation, the diffs) and draws more of it.
for (const tab of ['Design', 'Plan', 'Timeline', 'Diff', 'Export']) {
  test(`typing in a 2,000-pod (4 MB) manifest with ${tab} open: long main-thread tasks (target: none)`, async ({
    page,
    designer,
  }) => {
    test.setTimeout(180_000);
    const big = manyPods(2000);
    // Counts the texts the page posts whole to a worker (an update `{ text }`, not edits).
    await page.addInitScript(() => {
      window.__wholeTexts = 0;
      const { postMessage } = Object.getOwnPropertyDescriptors(Worker.prototype);
      const post = postMessage.value as (this: Worker, ...args: unknown[]) => void;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        const m = message as { kind?: string; updates?: [string, object][] } | null;
        if (m?.kind === 'texts')
          window.__wholeTexts! += m.updates!.filter(([, u]) => 'text' in u).length;
        post.call(this, message, ...rest);
      };
    });
    await designer.open();
    await page.getByRole('tab', { name: tab }).click();
    await designer.setText('manifests', big);
    await designer.engineIdle();
    await designer.manifests.lines.click();
    await designer.manifests.input.press('ControlOrMeta+Home');
    await page.waitForTimeout(1000);

    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__longTasks!.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
    });
    // Two of the keys are Enter: a new line moves every marker below it, so the engine's next
    // result differs from the last at thousands of places.
    const typed = '# typing\n# in a big\n';
    const wholeTexts = () => page.evaluate(() => window.__wholeTexts!);
    const wholeBefore = await wholeTexts();
    const started = Date.now();
    for (const key of typed) {
      await page.keyboard.press(key === ' ' ? 'Space' : key === '\n' ? 'Enter' : key);
      await page.waitForTimeout(80);
    }
    const typingMs = Date.now() - started;
    await designer.engineIdle();
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => window.__longTasks!);
    const max = Math.max(0, ...tasks.map((t) => t.duration));
    console.log(
      `${tab}: 2,000 pods (${(big.length / 1024 / 1024).toFixed(1)} MB), ${typed.length} keys over ${typingMs} ms and the results: ${tasks.length} long task(s), longest ${max.toFixed(0)} ms [${tasks.map((t) => t.duration.toFixed(0)).join(', ')}]`,
    );
    record(tab === 'Design' ? 'bigManifestTyping' : `bigManifestTyping${tab}`, {
      pods: 2000,
      bytes: big.length,
      keys: typed.length,
      longTasks: tasks,
      longest: max,
    });
    expect(await designer.text('manifests')).toMatch(/^# typing\n# in a big\n/);
    // Every keystroke reached the engine worker as edits: the page never copied the 4 MB text.
    expect(await wholeTexts()).toBe(wholeBefore);
    // The target is no task over 50 ms, and the figures above are what to read: on a quiet 2-core
    // machine there are none (five runs, every tab). A task is timed by the
    // clock, so when other processes share the CPUs the same work takes longer: the bound asserted
    // is looser, and still catches the kind of regression fixed so far (whole-text work of
    // 0.6-2.5 s per keystroke, 4 MB copies to workers and the garbage collection after them, the
    // YAML worker's symbols of the whole text).
    expect(max).toBeLessThan(150);
  });
}

test('typing 13 characters into a form field on a 5 MB manifest: the field and the results, per key', async ({
  page,
  designer,
}) => {
  test.setTimeout(180_000);
  const big = manyPods(2500);
  const form = await designer.openForm();
  await designer.setText('manifests', big);
  await designer.engineIdle();
  await form.choose('Pod annotations');
  await form.choose('Init container');
  const image = form.field('Image');
  await expect(image).toHaveValue('busybox:1.36');
  await image.click();
  await image.press('End');
  // The field is shown at the first frame after its input event; the results when the engine's
  // answer for the keystroke is rendered.
  await page.evaluate(() => {
    addEventListener('keydown', (e) => (window.__keydownAt = e.timeStamp), { capture: true });
    addEventListener(
      'input',
      () => requestAnimationFrame(() => (window.__fieldFrameAt = performance.now())),
      { capture: true },
    );
  });
  const typed = '-debug-alpine';
  const samples: { field: number; results: number }[] = [];
  for (const key of typed) {
    const { field, latency } = await pressAndTime(page, key, { field: true });
    samples.push({ field, results: latency });
  }
  const fields = samples.map((s) => s.field).sort((a, b) => a - b);
  const results = samples.map((s) => s.results).sort((a, b) => a - b);
  const round = (list: number[]) => list.map((v) => Math.round(v)).join(', ');
  console.log(
    `form field on 2,500 pods (${(big.length / 1024 / 1024).toFixed(1)} MB), ${typed.length} keys: field p50 ${percentile(fields, 50).toFixed(1)} ms, p95 ${percentile(fields, 95).toFixed(1)} ms [${round(samples.map((s) => s.field))}]; results p50 ${percentile(results, 50).toFixed(0)} ms, p95 ${percentile(results, 95).toFixed(0)} ms [${round(samples.map((s) => s.results))}]`,
  );
  record('formFieldTyping5MB', {
    pods: 2500,
    bytes: big.length,
    keys: typed.length,
    fieldP50: percentile(fields, 50),
    fieldP95: percentile(fields, 95),
    resultsP50: percentile(results, 50),
    resultsP95: percentile(results, 95),
    samples,
  });
  await expect(image).toHaveValue('busybox:1.36-debug-alpine');
  expect(await designer.text('manifests')).toContain(
    'init.hook.restore.velero.io/container-image: busybox:1.36-debug-alpine\n',
  );
  // The target is the field within 50 ms at p95 (the results follow when the engine answers): on a
  // quiet 2-core machine it is met, and the figures above are what to read. Beside other spec files
  // frames take longer, so the bound asserted is looser; it still catches what was fixed (the whole
  // 5 MB text parsed, copied to the worker and replaced in Monaco at every key: 300-750 ms a key).
  expect(percentile(fields, 95)).toBeLessThan(150);
});

test('first-screen JavaScript before Monaco (gzip)', () => {
  const out = execFileSync(process.execPath, ['scripts/first-screen-size.mjs', '--json'], {
    encoding: 'utf8',
  });
  const size = JSON.parse(out) as { gzip: number; bytes: number; files: unknown[] };
  console.log(
    `first-screen JS: ${(size.bytes / 1024).toFixed(1)} KB, ${(size.gzip / 1024).toFixed(1)} KB gzip (${size.files.length} file(s))`,
  );
  record('firstScreenJs', size);
  // The house's budget (issue 10): the rules' texts, the generators and the k8s.io/api tables load
  // with the Reference and the Export tab, not before.
  expect(size.gzip).toBeLessThanOrEqual(140 * 1024);
});
