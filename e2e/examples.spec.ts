import { expect, test } from './fixtures.ts';

const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: from-file\n';
const restore = 'apiVersion: velero.io/v1\nkind: Restore\nmetadata:\n  name: from-file\n';

test('the gallery lists the examples and opens one into the editors, with Undo', async ({
  page,
  designer,
  watch,
}) => {
  await designer.open();

  await page.getByRole('button', { name: 'Examples' }).click();
  const gallery = page.getByRole('dialog', { name: 'Examples' });
  const cards = gallery.getByRole('list', { name: 'Examples' }).getByRole('listitem');
  await expect(cards).toHaveCount(11);
  const card = cards.filter({ hasText: 'Namespace mapping: hooks match the target namespace' });
  await expect(card).toContainText('Hook includedNamespaces are matched against the namespace');
  await card.getByRole('button', { name: 'Open' }).click();
  await expect(gallery).toBeHidden();

  const files = await Promise.all(
    ['manifests.yaml', 'restore.yaml'].map(async (name) =>
      (await page.request.get(`examples/namespace-mapping/${name}`)).text(),
    ),
  );
  await expect.poll(() => designer.text('manifests')).toBe(files[0]);
  expect(await designer.text('restore')).toBe(files[1]);
  await expect(designer.manifests.line('name: api-7c9d')).toBeVisible();
  const notice = page.getByRole('region', { name: 'Notices' }).getByRole('status');
  await expect(notice).toContainText('Opened the example “Namespace mapping');

  // An example without a Restore empties the Restore editor.
  await page.getByRole('button', { name: 'Examples' }).click();
  await cards
    .filter({ hasText: 'A command that is not a JSON array' })
    .getByRole('button', { name: 'Open' })
    .click();
  await expect.poll(() => designer.text('restore')).toBe('');

  // Undo takes back the latest change; an older notice loses its Undo once the texts moved on.
  await expect(notice.filter({ hasText: 'Namespace mapping' }).getByRole('button')).toHaveText([
    'Dismiss',
  ]);
  await notice
    .filter({ hasText: 'A command that is not' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect.poll(() => designer.text('manifests')).toBe(files[0]);
  expect(await designer.text('restore')).toBe(files[1]);
  expect(watch.pageErrors).toEqual([]);
  expect([...watch.urls].every((u) => u.startsWith('http://127.0.0.1:'))).toBe(true);
});

test('Open file routes a Restore to the Restore editor and the rest to Manifests', async ({
  page,
  designer,
}) => {
  await designer.open();
  await page.getByLabel('Open file').setInputFiles([
    { name: 'pod.yaml', mimeType: 'application/yaml', buffer: Buffer.from(pod) },
    { name: 'restore.yml', mimeType: 'application/yaml', buffer: Buffer.from(restore) },
  ]);
  await expect.poll(() => designer.text('manifests')).toBe(pod);
  expect(await designer.text('restore')).toBe(restore);
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    'Opened pod.yaml, restore.yml: 1 document in Manifests, 1 Restore in Restore.',
  );
});

test('files over 20 MiB and other types are refused, and nothing changes', async ({
  page,
  designer,
}) => {
  await designer.open();
  const manifests = await designer.text('manifests');
  // The 21 MiB file is made in the page: sending it through the test driver takes seconds.
  await page.getByLabel('Open file').evaluate((input: HTMLInputElement) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(21 * 1024 * 1024)], 'huge.yaml'));
    transfer.items.add(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const alerts = page.getByRole('region', { name: 'Notices' }).getByRole('alert');
  await expect(alerts.filter({ hasText: 'huge.yaml was not opened' })).toContainText(
    'it is 21.0 MiB, and files over 20 MiB are refused.',
  );
  await expect(alerts.filter({ hasText: 'notes.txt' })).toContainText(
    'only .yaml, .yml and .json files can be opened',
  );
  expect(await designer.text('manifests')).toBe(manifests);
});

test('a file dropped on the manifests editor opens', async ({ page, designer }) => {
  await designer.open();
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "dropped"}}');
  const target = designer.manifests.lines;
  await target.dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByText('Drop .yaml, .yml or .json files to open them')).toBeVisible();
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  await expect
    .poll(() => designer.text('manifests'))
    .toBe('{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "dropped"}}');
  await expect(page.getByText('Drop .yaml, .yml or .json files to open them')).toBeHidden();
});
