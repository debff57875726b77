import { Buffer } from 'node:buffer';
import {
  buildBackup,
  deploymentObject,
  namespaceObject,
  podObject,
  plainObject,
  type KubeObject,
} from '../src/testing/backupArchive.ts';
import { expect, test } from './fixtures.ts';
import { HookDesignerForm } from './pages/HookDesignerForm.ts';

/** `velero backup download nightly`: two namespaces, one pod already carrying a hook annotation. */
const backup = buildBackup([
  podObject('prod', 'db-0', {
    annotations: { 'post.hook.restore.velero.io/command': '["/bin/sh", "-c", "sync"]' },
  }),
  podObject('prod', 'web-1'),
  deploymentObject('prod', 'web'),
  podObject('staging', 'cache-0'),
  plainObject('ConfigMap', 'staging', 'settings'),
]);

const bareRestore = `apiVersion: velero.io/v1
kind: Restore
metadata:
  name: restore-nightly
  namespace: velero
spec:
  backupName: nightly
`;

test('a backup tarball opens in the designer, and a Restore hook is designed for its pods', async ({
  page,
  designer,
  watch,
}) => {
  await designer.open();
  await designer.setText('restore', bareRestore);

  // Open file: the tarball is told by its bytes, read in the worker, and summarised.
  await page.getByLabel('Open file').setInputFiles({
    name: 'nightly-data.tar.gz',
    mimeType: 'application/gzip',
    buffer: Buffer.from(backup),
  });
  const dialog = page.getByRole('dialog', { name: 'Backup nightly' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('format version 1.1.0');
  await expect(dialog).toContainText('prod/db-0: post.hook.restore.velero.io/command');
  await dialog.getByRole('checkbox', { name: /^prod\b/ }).check();
  await expect(dialog.getByText('2 pods will be loaded')).toBeVisible();
  await dialog.getByRole('button', { name: 'Load 2 pods' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    'Loaded 2 pods from backup nightly (prod) into Manifests.',
  );
  const manifests = await designer.text('manifests');
  expect(manifests).toContain('# from backup nightly: resources/pods/namespaces/prod/db-0.json\n');
  expect(manifests).not.toContain('cache-0');

  // The form: a backup pod's hooks go into the Restore's spec.hooks, and it says why.
  const form = new HookDesignerForm(page);
  await form.open();
  await expect(form.field('Target')).toHaveValue('prod/db-0');
  await expect(form.field('Target').locator('option', { hasText: 'db-0' })).toHaveText(
    'Pod prod/db-0 (from the backup)',
  );
  await expect(form.panel.getByRole('radio', { name: 'Restore spec.hooks' })).toBeChecked();
  await expect(
    form.panel.getByRole('note').filter({ hasText: 'from backup nightly' }),
  ).toBeVisible();

  // db-0's own post hook annotation wins over a spec exec hook (Velero); design for web-1.
  await form.field('Target').selectOption('prod/web-1');
  await expect(form.panel.getByRole('radio', { name: 'Restore spec.hooks' })).toBeChecked();
  await form.panel.getByRole('button', { name: 'Add resource hook' }).click();
  const hook = form.resourceHook(1);
  await expect(hook.getByLabel('Hook name')).toHaveValue('hook-1');
  await hook.getByRole('button', { name: 'Add exec hook' }).click();
  await hook.getByLabel('Shell line').pressSequentially('pg_isready');
  await expect.poll(() => designer.text('restore')).toContain('pg_isready');

  // Plan: the pod is badged as from the backup and runs the new exec hook.
  await page.getByRole('tab', { name: 'Plan' }).click();
  const card = page.getByRole('region', { name: /^Pod prod\/web-1/ });
  await expect(card).toContainText('from the backup');
  await expect(card).toContainText('pg_isready');

  // Timeline: the hook runs in the pod's lane.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('region', { name: 'Pod prod/web-1' })).toContainText('hook-1');

  expect(watch.pageErrors).toEqual([]);
  expect([...watch.urls].every((u) => u.startsWith('http://127.0.0.1:'))).toBe(true);
});

declare global {
  interface Window {
    __backupLongTasks?: number[];
    __progressSeen?: boolean;
    __bigBackup?: File;
  }
}

/** 20,000 items, 5,000 of them pods, in 50 namespaces: the bench's size of backup. */
function largeBackup(): Uint8Array {
  const ns = (i: number) => `team-${i % 50}`;
  const objects: KubeObject[] = [];
  for (let i = 0; i < 50; i++) objects.push(namespaceObject(`team-${i}`));
  for (let i = 0; i < 5000; i++)
    objects.push(podObject(ns(i), `app-${i}`, { labels: { app: `app-${i % 7}` } }));
  for (let i = 0; objects.length < 20_000; i++) {
    objects.push(deploymentObject(ns(i), `app-${i}`));
    objects.push(plainObject('ConfigMap', ns(i), `config-${i}`));
    objects.push(plainObject('Service', ns(i), `svc-${i}`));
  }
  return buildBackup(objects.slice(0, 20_000));
}

test('a 20,000-item backup: the progress bar shows while the worker reads it, and the page stays responsive', async ({
  page,
  designer,
}) => {
  test.setTimeout(120_000);
  const archive = largeBackup();
  await designer.open();
  await designer.engineIdle();
  // The file is made in the page first: Playwright's setInputFiles decodes it on the page's main
  // thread, a long task of the test's own, not the designer's.
  await page.evaluate((base64) => {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    window.__bigBackup = new File([bytes], 'big-data.tar.gz', { type: 'application/gzip' });
  }, Buffer.from(archive).toString('base64'));
  await page.evaluate(() => {
    window.__backupLongTasks = [];
    window.__progressSeen = false;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__backupLongTasks!.push(e.duration);
    }).observe({ type: 'longtask' });
    new MutationObserver(() => {
      if (document.querySelector('progress[aria-label="Reading backup"]'))
        window.__progressSeen = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const started = Date.now();
  await page.getByLabel('Open file').evaluate((input: HTMLInputElement) => {
    const files = new DataTransfer();
    files.items.add(window.__bigBackup!);
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const dialog = page.getByRole('dialog', { name: /^Backup / });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  const readMs = Date.now() - started;
  await expect(dialog).toContainText('5000');
  const tasks = await page.evaluate(() => window.__backupLongTasks!);
  const max = Math.max(0, ...tasks);
  console.log(
    `backup of 20,000 items (${(archive.length / 1024 / 1024).toFixed(1)} MB gzip) read in ${readMs} ms: ${tasks.length} long task(s) on the page, longest ${max.toFixed(0)} ms [${tasks.map((t) => t.toFixed(0)).join(', ')}]`,
  );
  expect(await page.evaluate(() => window.__progressSeen)).toBe(true);
  // The target is no task over 50 ms: the reading is the worker's. As in perf.spec, a task is timed
  // by the clock, so beside other processes the bound asserted is looser.
  expect(max).toBeLessThan(150);
});
