import type { DesignerTestApi } from '../app/state/designerTestApi.ts';
import { expect, test } from './fixtures.ts';

test('the diff shows the injected init container, explained, and the full restore', async ({
  page,
  designer,
  watch,
}) => {
  await designer.open();
  await page.getByRole('tab', { name: 'Diff' }).click();

  const diff = page.locator('.monaco-diff-editor');
  const restored = diff.locator('.editor.modified .view-lines');
  await expect(restored).toContainText('initContainers:');
  await expect(restored).toContainText('name: remove-stale-pid');
  await expect(diff.locator('.editor.original .view-lines')).not.toContainText('remove-stale-pid');

  const changes = page.getByRole('region', { name: 'Changes explained' });
  const initBlock = changes.getByRole('button', { name: /init-restore-hook/ });
  await expect(initBlock).toContainText('Injected remove-stale-pid');
  await expect(initBlock).toContainText('internal/hook/item_hook_handler.go');

  // Picking a block reveals its lines on the restored side.
  await initBlock.click();
  await expect(initBlock).toHaveAttribute('aria-current', 'true');
  await expect
    .poll(() =>
      page.evaluate(() => (window.__designer as DesignerTestApi).getCursor('diff-restored')?.line),
    )
    .toBe(35);

  await page.getByRole('radio', { name: 'Full restore' }).check();
  await expect(changes.getByRole('button', { name: /restore-item/ })).toContainText(
    'velero.io/restore-name',
  );
  await expect(restored).toContainText('velero.io/restore-name: postgres-restore');

  expect(await watch.cspViolations()).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a pod Velero does not restore is said so before the diff', async ({ page, designer }) => {
  await designer.open();
  await designer.setText(
    'manifests',
    [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: cache-0',
      '  namespace: shop',
      '  annotations:',
      '    init.hook.restore.velero.io/container-image: busybox',
      'spec:',
      '  containers:',
      '    - name: cache',
      '      image: redis:7',
      '',
    ].join('\n'),
  );
  await designer.setText('restore', '');
  await page.getByRole('tab', { name: 'Diff' }).click();
  const alert = page.getByRole('tabpanel', { name: 'Diff' }).getByRole('alert');
  await expect(alert).toContainText('Pod shop/cache-0 is NOT restored:');
  await expect(alert).toContainText('panic');
});
