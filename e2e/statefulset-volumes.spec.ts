import { expect, test } from './fixtures.ts';
import { HookDesignerForm } from './pages/HookDesignerForm.ts';

// kubernetes/examples' cassandra StatefulSet, trimmed: its data volume is a volumeClaimTemplate.
const cassandra = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cassandra
  namespace: db
spec:
  serviceName: cassandra
  selector:
    matchLabels:
      app: cassandra
  template:
    metadata:
      labels:
        app: cassandra
    spec:
      containers:
        - name: cassandra
          image: gcr.io/google-samples/cassandra:v13
          volumeMounts:
            - name: cassandra-data
              mountPath: /cassandra_data
  volumeClaimTemplates:
    - metadata:
        name: cassandra-data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
`;

const bareRestore = `apiVersion: velero.io/v1
kind: Restore
metadata:
  name: restore-1
  namespace: velero
spec:
  backupName: nightly
`;

const restoreMounting = (volume: string) => `${bareRestore}  hooks:
    resources:
      - name: fix-perms
        includedNamespaces: [db]
        postHooks:
          - init:
              initContainers:
                - name: chown
                  image: busybox:1.36
                  command: [chown, -R, "999", /cassandra_data]
                  volumeMounts:
                    - name: ${volume}
                      mountPath: /cassandra_data
`;

test.describe('a StatefulSet with a volumeClaimTemplate', () => {
  test("the init container's mount picker offers the claim volume, and mounting it is no error", async ({
    designer,
    watch,
  }) => {
    const form = await designer.openForm({ manifests: cassandra, restore: bareRestore });
    await expect(form.field('Target')).toHaveValue('db/cassandra-0');
    await form.choose('Restore spec.hooks');
    await form.panel.getByRole('button', { name: 'Add resource hook' }).click();
    const hook = form.resourceHook(1);
    await expect(form.matches(1)).toContainText('Selects 1 of 1 pod');

    // The volume the StatefulSet controller adds for the claim template is offered.
    await hook.getByRole('button', { name: 'Add init hook' }).click();
    await expect(hook.getByText('Volumes of StatefulSet cassandra:')).toBeVisible();
    await hook.getByRole('checkbox', { name: 'cassandra-data' }).check();
    await expect(hook.getByLabel('Mount path of cassandra-data')).toHaveValue('/cassandra_data');
    await expect
      .poll(() => designer.text('restore'))
      .toMatch(/volumeMounts:\n\s+- name: cassandra-data\n\s+mountPath: \/cassandra_data\n/);

    await designer.engineIdle();
    const view = await form.view();
    expect(view?.pods[0]?.volumes).toEqual(['cassandra-data']);
    expect(view?.diagnostics.map((d) => d.code)).not.toContain('spec-init-volume-missing');
    await expect(form.panel.getByText('spec-init-volume-missing')).toHaveCount(0);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the restored pod has the claim volume; an unknown volume is still an error', async ({
    page,
    designer,
  }) => {
    await designer.open();
    await designer.setText('manifests', cassandra);
    await designer.setText('restore', restoreMounting('cassandra-data'));
    const form = new HookDesignerForm(page);
    await page.getByRole('tab', { name: 'Diff' }).click();
    await expect
      .poll(async () => (await form.view())?.diff.hooksOnly?.restored)
      .toMatch(
        /- name: cassandra-data\n\s+persistentVolumeClaim:\n\s+claimName: cassandra-data-cassandra-0\n/,
      );
    const codes = async () => (await form.view())?.diagnostics.map((d) => d.code);
    expect(await codes()).not.toContain('spec-init-volume-missing');

    await designer.setText('restore', restoreMounting('data'));
    await expect.poll(codes).toContain('spec-init-volume-missing');
  });
});
