import { readFile } from 'node:fs/promises';
import { defaultManifestsText, defaultRestoreText } from '../app/state/defaults.ts';
import { expect, test } from './fixtures.ts';
import { HookDesignerForm } from './pages/HookDesignerForm.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copies the kubectl command and downloads the Restore, within the CSP', async ({
  page,
  designer,
  watch,
}) => {
  await designer.open();
  await page.getByRole('tab', { name: 'Export' }).click();
  await expect(page.getByLabel('Pod')).toHaveValue('databases/postgres-0');

  await page.getByRole('button', { name: 'Copy kubectl command' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied: kubectl command');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^kubectl annotate pod postgres-0 -n databases --overwrite /);
  expect(copied).toContain(`post.hook.restore.velero.io/wait-timeout='5m0s'`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: 'Download Restore manifest as postgres-restore.yaml' })
      .click(),
  ]);
  expect(download.suggestedFilename()).toBe('postgres-restore.yaml');
  expect(await readFile(await download.path(), 'utf8')).toBe(defaultRestoreText);

  expect(await watch.cspViolations()).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a value Velero would misread is refused in words, not exported', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.setText(
    'manifests',
    defaultManifestsText.replace('wait-timeout: 5m', 'wait-timeout: 1d'),
  );
  await page.getByRole('tab', { name: 'Export' }).click();
  const kubectl = page.getByRole('region', { name: 'kubectl command' });
  await expect(kubectl.getByRole('note')).toContainText(
    'Exec hook: waitTimeout "1d" is not a Go duration',
  );
  await expect(kubectl.getByRole('button', { name: 'Copy kubectl command' })).toBeDisabled();
});

test('copies the manifests with the hooks designed in the form, comments and layout kept', async ({
  page,
  designer,
}) => {
  await designer.open();
  const commented = `# our database, reviewed 2026-12\n${defaultManifestsText}`;
  await designer.setText('manifests', commented);
  const form = new HookDesignerForm(page);
  await form.open();
  await form.choose('Pod annotations');
  await form.choose('Init container');
  await form.field('Image').pressSequentially('busybox:1.36');
  await expect
    .poll(() => designer.text('manifests'))
    .toContain('init.hook.restore.velero.io/container-image: busybox:1.36');

  await page.getByRole('tab', { name: 'Export' }).click();
  const block = page.getByRole('region', { name: 'Manifests with the hooks' });
  await block.getByRole('button', { name: 'Copy Manifests with the hooks' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied: Manifests with the hooks');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await designer.text('manifests'));
  expect(copied).toMatch(/^# our database, reviewed 2026-12\napiVersion: v1\n/);
  expect(copied).toContain('    init.hook.restore.velero.io/container-image: busybox:1.36\n');
});
