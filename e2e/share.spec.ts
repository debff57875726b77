import { deflateSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { decodeShareFragment, encodeShareFragment } from '../src/index.ts';
import { expect, test } from './fixtures.ts';
import type { DesignerPage } from './pages/DesignerPage.ts';
import type { Page } from '@playwright/test';

const manifests = `# shared by e2e: ünïcödé ✓ 🐘, quotes ' " and a tab\t
apiVersion: v1
kind: Pod
metadata:
  name: db-0
  namespace: shop
  annotations:
    post.hook.restore.velero.io/command: '["/bin/sh", "-c", "echo $HOME && exit 0"]'
spec:
  containers:
  - name: db
    image: postgres:16
`;
const restore = `apiVersion: velero.io/v1
kind: Restore
metadata: {name: shared, namespace: velero}
spec:
  backupName: nightly
`;

/** A link frame built from the documented format (crc32(prefix ‖ deflate) ‖ deflate, base64url). */
function frame(version: number, compressed: Uint8Array): string {
  const prefix = `v${version}.`;
  const head = Buffer.alloc(4);
  head.writeUInt32BE(crc32(Buffer.from(compressed), crc32(prefix)));
  return prefix + Buffer.concat([head, compressed]).toString('base64url');
}

async function shareLink(designer: DesignerPage): Promise<string> {
  const { page } = designer;
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this design' });
  const field = dialog.getByRole('textbox', { name: /^Link \([\d,]+ characters\)$/ });
  await expect(field).toHaveValue(/#v1\./);
  return field.inputValue();
}

test('a share link opens the same design, exactly, in a fresh browser', async ({
  browser,
  context,
  designer,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await designer.open();
  await designer.setText('manifests', manifests);
  await designer.setText('restore', restore);

  const url = await shareLink(designer);
  const dialog = designer.page.getByRole('dialog', { name: 'Share this design' });
  await expect(dialog.getByRole('status')).toHaveText('The link is copied to the clipboard.');
  expect(await designer.page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expect(
    dialog.getByText(`Link (${url.length.toLocaleString('en-US')} characters)`),
  ).toBeVisible();
  await expect(dialog.getByText(/Secret value/)).toHaveCount(0);

  const fresh = await browser.newContext();
  const page = await fresh.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await expect(page.getByRole('region', { name: 'Notices' }).getByRole('status')).toHaveText(
    /^Opened the link as a new design, “Shared design”\./,
  );
  const texts = await page.evaluate(() => [
    window.__designer!.getManifestsText(),
    window.__designer!.getRestoreText(),
  ]);
  expect(texts).toEqual([manifests, restore]);
  // The fragment is gone, so a reload shows the autosaved work, not the link again.
  expect(new URL(page.url()).hash).toBe('');
  expect(errors).toEqual([]);
  await fresh.close();
});

test('Secret values never go into a link, and the dialog says so', async ({ designer }) => {
  await designer.open();
  const secret = `apiVersion: v1
kind: Secret
metadata: {name: db}
data:
  password: aHVudGVyMg==
stringData:
  token: s3cr3t-t0ken
`;
  await designer.setText('manifests', `${manifests}---\n${secret}`);
  const url = await shareLink(designer);
  await expect(
    designer.page.getByText(
      '2 Secret values were replaced by <redacted>: a link never carries Secret data.',
    ),
  ).toBeVisible();
  const decoded = decodeShareFragment(new URL(url).hash, { version: 1 });
  expect(decoded.kind).toBe('ok');
  const shared = JSON.stringify(decoded.kind === 'ok' ? decoded.payload : null);
  expect(shared).not.toContain('aHVudGVyMg==');
  expect(shared).not.toContain('s3cr3t-t0ken');
  expect(shared).toContain('password: \\"<redacted>\\"');
  // The editor keeps the real values: only the link is redacted.
  expect(await designer.text('manifests')).toContain('aHVudGVyMg==');
});

test('a link over 8,000 characters comes with a warning', async ({ designer }) => {
  await designer.open();
  // Pseudo-random annotation values do not compress, so the link stays long.
  let seed = 7;
  const noise = Array.from({ length: 200 }, (_, i) => {
    let value = '';
    for (let j = 0; j < 80; j++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      value += 'abcdefghijklmnopqrstuvwxyz0123456789'[seed % 36];
    }
    return `    note-${i}: ${value}`;
  }).join('\n');
  await designer.setText(
    'manifests',
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\n  annotations:\n${noise}\n`,
  );
  const url = await shareLink(designer);
  expect(url.length).toBeGreaterThan(8000);
  await expect(designer.page.getByRole('dialog').getByRole('alert')).toContainText(
    `This link is ${url.length.toLocaleString('en-US')} characters long. Above 8,000 characters`,
  );
});

const good = encodeShareFragment({ manifestsText: 'kind: Pod # from the link\n' }, 1);
const bomb = frame(1, deflateSync(new Uint8Array(50 * 1024 * 1024), { level: 9 }));
const refusedLinks: [string, string, RegExp][] = [
  [
    'one character changed',
    good.slice(0, 20) + (good[20] === 'A' ? 'B' : 'A') + good.slice(21),
    /damaged/,
  ],
  ['cut short', good.slice(0, Math.floor(good.length / 2)), /damaged/],
  ['a newer version', good.replace(/^v1\./, 'v7.'), /newer version of the designer/],
  ['an unknown version', good.replace(/^v1\./, 'v0.'), /format 0, which this page cannot read/],
  ['a deflate bomb (50 MB of zeros)', bomb, /expands to more than 5 MiB/],
];

/** The user's own work, autosaved before a bad link arrives. */
async function openOwnWork(page: Page, designer: DesignerPage): Promise<void> {
  await designer.open();
  await designer.setText('manifests', manifests);
  await designer.setText('restore', restore);
  await expect.poll(() => designer.savedDesign()).toContain('shared by e2e');
}

// One test per link: each is a fresh page load with Monaco, as when a link is clicked in a chat.
for (const [name, link, message] of refusedLinks) {
  test(`a link with ${name} is refused with a message, and the work stays`, async ({
    page,
    designer,
    watch,
  }) => {
    const alert = page.getByRole('region', { name: 'Notices' }).getByRole('alert');
    await openOwnWork(page, designer);
    await page.goto('about:blank');
    await page.goto(`./#${link}`);
    await designer.waitForEditors();
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Your current work is unchanged.');
    expect(await designer.text('manifests')).toBe(manifests);
    expect(await designer.text('restore')).toBe(restore);
    // Dismissing clears the fragment, so a reload does not repeat the message.
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe('');
    expect(watch.pageErrors).toEqual([]);
  });
}

test('a bomb pasted into the open tab (hashchange) is refused, and the work survives a reload', async ({
  page,
  designer,
  watch,
}) => {
  const alert = page.getByRole('region', { name: 'Notices' }).getByRole('alert');
  await openOwnWork(page, designer);
  await page.evaluate((hash) => (location.hash = hash), bomb);
  await expect(alert).toContainText(/expands to more than 5 MiB/);
  expect(await designer.text('manifests')).toBe(manifests);
  await designer.reload();
  expect(await designer.text('manifests')).toBe(manifests);
  expect(await designer.text('restore')).toBe(restore);
  expect(watch.pageErrors).toEqual([]);
});

test('Reset asks first, goes back to the first example, and can be undone', async ({
  page,
  designer,
}) => {
  await designer.open();
  const first = await designer.text('manifests');
  await designer.setText('manifests', manifests);

  await page.getByRole('button', { name: 'Reset' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the design?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await designer.text('manifests')).toBe(manifests);

  await page.getByRole('button', { name: 'Reset' }).click();
  await dialog.getByRole('button', { name: 'Reset' }).click();
  await expect(designer.manifests.line('name: postgres-0')).toBeVisible();
  expect(await designer.text('manifests')).toBe(first);

  await page.getByRole('region', { name: 'Notices' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => designer.text('manifests')).toBe(manifests);
  await designer.reload();
  expect(await designer.text('manifests')).toBe(manifests);
});
