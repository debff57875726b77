import { expect, test } from './fixtures.ts';

test('hover docs come from the bundled schemas, in both editors', async ({ designer }) => {
  await designer.open();
  await expect(await designer.manifests.hover('wait-for-ready')).toContainText('strconv.ParseBool');

  await designer.setText(
    'restore',
    'apiVersion: velero.io/v1\nkind: Restore\nspec:\n  hooks:\n    resources:\n      - name: x\n        includedResources: [deployments.apps]\n',
  );
  await expect(await designer.restore.hover('includedResources')).toContainText(
    'Ignored by Velero for restore hooks',
  );
});

test('completion offers the values the schemas allow', async ({ page, designer }) => {
  await designer.open();
  await designer.setText(
    'restore',
    'apiVersion: velero.io/v1\nkind: Restore\nspec:\n  hooks:\n    resources:\n      - name: x\n        postHooks:\n          - exec:\n              command: ["true"]\n              onError: ',
  );
  await expect(designer.restore.line('onError:')).toBeVisible();
  await designer.restore.lines.click();
  await designer.restore.input.press('ControlOrMeta+End');
  await designer.restore.input.press('Control+Space');
  const suggestions = page.locator('.suggest-widget').filter({ visible: true });
  await expect(suggestions).toContainText('Continue');
  await expect(suggestions).toContainText('Fail');
});
