import { Buffer } from 'node:buffer';
import {
  buildBackup,
  deploymentObject,
  podObject,
  plainObject,
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
