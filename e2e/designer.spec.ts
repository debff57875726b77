import { expect, test } from './fixtures.ts';

const twoPods = `apiVersion: v1
kind: Pod
metadata:
  name: postgres-0
  namespace: databases
  labels:
    app: postgres
spec:
  containers:
    - name: postgres
      image: postgres:16
      volumeMounts:
        - name: data
          mountPath: /var/lib/postgresql/data
  volumes:
    - name: data
      emptyDir: {}
---
apiVersion: v1
kind: Pod
metadata:
  name: redis-0
  namespace: databases
  labels:
    app: redis
spec:
  containers:
    - name: redis
      image: redis:7
`;

const bareRestore = `apiVersion: velero.io/v1
kind: Restore
metadata:
  name: restore-1
  namespace: velero
spec:
  backupName: nightly # the nightly backup
`;

test.describe('hook designer form', () => {
  test('opens on the hook kind the target already has', async ({ designer }) => {
    const form = await designer.openForm();
    await form.choose('Pod annotations');
    // The first example's pod has exec hook annotations and no init ones.
    await expect(form.panel.getByRole('radio', { name: 'Exec hook' })).toBeChecked();
    await designer.setText('manifests', twoPods);
    await form.field('Target').selectOption('databases/redis-0');
    await expect(form.panel.getByRole('radio', { name: 'Init container' })).toBeChecked();
  });

  test('the target filter narrows the targets, grouped by namespace and kind, and keeps the selected one', async ({
    designer,
  }) => {
    const form = await designer.openForm();
    await designer.setText('manifests', twoPods);
    const target = form.field('Target');
    await expect(target.locator('option')).toHaveCount(2);
    await expect(target.locator('optgroup')).toHaveAttribute('label', 'databases · Pod');
    await expect(target).toHaveValue('databases/postgres-0');

    const filter = form.panel.getByRole('searchbox', { name: 'Filter by kind, namespace or name' });
    await filter.fill('redis');
    await expect(form.panel.getByText('1 of 2', { exact: true })).toBeVisible();
    // redis-0 matches; postgres-0 stays, as it is the selected target.
    await expect(target.locator('option')).toHaveCount(2);
    await filter.fill('nginx');
    await expect(form.panel.getByText('0 of 2', { exact: true })).toBeVisible();
    await expect(target.locator('option')).toHaveCount(1);
    await expect(target).toHaveValue('databases/postgres-0');
    await filter.fill('redis');
    await target.selectOption('databases/redis-0');
    await expect(target).toHaveValue('databases/redis-0');
    await filter.fill('');
    await expect(form.panel.getByText('2 targets', { exact: true })).toBeVisible();
    await expect(target).toHaveValue('databases/redis-0');
  });

  test('an init hook designed in the form becomes annotations and an injected container', async ({
    page,
    designer,
    watch,
  }) => {
    const form = await designer.openForm();
    await expect(form.field('Target')).toHaveValue('databases/postgres-0');
    await form.choose('Pod annotations');
    await form.choose('Init container');
    await expect(form.panel.getByText('No mounts here.')).toBeVisible();

    await form.field('Image').pressSequentially('busybox:1.36');
    await form.field('Shell line').pressSequentially('rm -f /tmp/stale.pid');
    await expect(form.field('Command argument 3')).toHaveValue('rm -f /tmp/stale.pid');

    const manifests = await designer.text('manifests');
    expect(manifests).toContain('    init.hook.restore.velero.io/container-image: busybox:1.36\n');
    expect(manifests).toContain(
      `    init.hook.restore.velero.io/command: '["/bin/sh","-c","rm -f /tmp/stale.pid"]'\n`,
    );
    expect(manifests).toContain('    post.hook.restore.velero.io/wait-timeout: 5m\n');

    // The engine's view: the annotation init container replaces the Restore's spec init hook.
    await expect
      .poll(async () => (await form.view())?.pods[0]?.initContainers)
      .toEqual([
        expect.objectContaining({
          image: 'busybox:1.36',
          command: ['/bin/sh', '-c', 'rm -f /tmp/stale.pid'],
        }),
      ]);
    await expect(
      form.panel.getByText(
        /init containers of postgres-0 after the restore \(from the annotations\)/,
      ),
    ).toBeVisible();
    const view = await form.view();
    expect(view?.pods[0]?.initSource).toBe('annotation');

    // The diff is computed while the Diff tab is open.
    await page.getByRole('tab', { name: 'Diff' }).click();
    await expect.poll(async () => (await form.view())?.diff.scope.kind).toBe('all');
    const withDiff = await form.view();
    expect(withDiff?.diff.hooksOnly?.restored).toContain('image: busybox:1.36');
    expect(withDiff?.diff.hooksOnly?.restored).toMatch(
      /initContainers:\n\s+- name: velero-restore-init-[0-9a-f]{8}\n\s+image: busybox:1.36\n/,
    );
    expect(withDiff?.diff.hooksOnly?.original).not.toContain('initContainers:');
    await page.getByRole('tab', { name: 'Design' }).click();

    // Removing an argument rewrites the JSON array.
    await form.panel.getByRole('button', { name: 'Remove command argument 1' }).click();
    await expect
      .poll(() => designer.text('manifests'))
      .toContain(`init.hook.restore.velero.io/command: '["-c","rm -f /tmp/stale.pid"]'`);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });

  test('durations are checked as you type and the engine explains bad values inline', async ({
    designer,
  }) => {
    const form = await designer.openForm();
    await form.choose('Exec hook');
    const waitTimeout = form.field('Wait timeout');
    await expect(waitTimeout).toHaveValue('5m');
    await expect(form.panel.getByText('= 5m0s')).toBeVisible();
    await waitTimeout.fill('5 minutes');
    await expect(waitTimeout).toHaveAttribute('aria-invalid', 'true');
    await expect(
      form.panel.getByText('Not a Go duration: Velero ignores it: waits without limit.'),
    ).toBeVisible();
    await expect(form.panel.getByText('timeout-not-go-duration')).toBeVisible();
    await waitTimeout.fill('90m');
    await expect(form.panel.getByText('= 1h30m0s')).toBeVisible();
    await expect(form.panel.getByText('timeout-not-go-duration')).toHaveCount(0);
    expect(await designer.text('manifests')).toContain(
      'post.hook.restore.velero.io/wait-timeout: 90m\n',
    );
    await expect(form.field('Container')).toHaveValue('postgres');
    await form.field('Container').selectOption({ label: 'first container: postgres' });
    await expect
      .poll(() => designer.text('manifests'))
      .not.toContain('post.hook.restore.velero.io/container:');
  });

  test('a Restore resource hook shows live which pods its label selector matches', async ({
    designer,
  }) => {
    const form = await designer.openForm({ manifests: twoPods, restore: bareRestore });
    await form.choose('Restore spec.hooks');
    await form.panel.getByRole('button', { name: 'Add resource hook' }).click();
    const hook = form.resourceHook(1);
    await expect(hook.getByLabel('Hook name')).toHaveValue('hook-1');
    await expect(form.matches(1)).toContainText('Selects 2 of 2 pods');

    await hook.getByLabel('New label key').fill('app');
    await hook.getByLabel('New label value').fill('postgres');
    await hook.getByRole('button', { name: 'Add label' }).click();
    await expect(form.matches(1)).toContainText('Selects 1 of 2 pods');
    const [first, second] = [0, 1].map((i) => form.matches(1).getByRole('listitem').nth(i));
    await expect(first!).toHaveText('✓ selected: Pod databases/postgres-0');
    await expect(second!).toHaveText(
      '✗ not selected: Pod databases/redis-0 label app is "redis", matchLabels wants "postgres"',
    );

    const value = hook.getByLabel('Label 1 value');
    await value.fill('redis');
    await expect(first!).toContainText('✗ not selected: Pod databases/postgres-0');
    await expect(second!).toHaveText('✓ selected: Pod databases/redis-0');

    // Post hooks: an init container mounting the pod's volume, then an exec hook moved first.
    await value.fill('postgres');
    await hook.getByRole('button', { name: 'Add init hook' }).click();
    await hook.getByRole('checkbox', { name: 'data' }).check();
    await expect(hook.getByLabel('Mount path of data')).toHaveValue('/var/lib/postgresql/data');
    await hook.getByRole('button', { name: 'Add exec hook' }).click();
    await hook.getByRole('button', { name: 'Move post hook 2 up' }).click();
    await expect(hook.getByRole('heading', { name: 'Post hook 1: exec' })).toBeVisible();

    const restore = await designer.text('restore');
    expect(restore).toContain('  backupName: nightly # the nightly backup\n');
    expect(restore).toMatch(
      /labelSelector:\n\s+matchLabels:\n\s+app: postgres\n\s+postHooks:\n\s+- exec:[\s\S]*- init:\n\s+initContainers:\n\s+- name: restore-init\n\s+volumeMounts:\n\s+- name: data\n\s+mountPath: \/var\/lib\/postgresql\/data\n/,
    );
  });

  test('editing the YAML updates the form', async ({ designer }) => {
    const form = await designer.openForm();
    await form.choose('Init container');
    await expect(form.field('Image')).toHaveValue('');
    const manifests = await designer.text('manifests');
    await designer.setText(
      'manifests',
      manifests.replace(
        '  annotations:\n',
        '  annotations:\n    init.hook.restore.velero.io/container-image: alpine:3.20\n',
      ),
    );
    await expect(form.field('Image')).toHaveValue('alpine:3.20');

    await form.choose('Restore spec.hooks');
    const hook = form.resourceHook(1);
    await expect(hook.getByLabel('Hook name')).toHaveValue('remove-stale-pid');
    const restore = await designer.text('restore');
    await designer.setText(
      'restore',
      restore.replace('- name: remove-stale-pid', '- name: cleanup'),
    );
    await expect(form.resourceHook(1).getByLabel('Hook name')).toHaveValue('cleanup');
    await expect(form.resourceHook(1).getByLabel('Label 1 value')).toHaveValue('postgres');
  });
});
