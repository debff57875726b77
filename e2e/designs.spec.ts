import { encodeShareFragment } from '../src/index.ts';
import { expect, test } from './fixtures.ts';
import { DesignerPage } from './pages/DesignerPage.ts';

const own = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: my-own-work\n';
const linked = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: from-a-colleague\n';
/** Each test here loads the whole page (Monaco, the engine worker) three times, in two tabs. */
test.describe.configure({ timeout: 45_000 });

const linkTo = (manifestsText: string) =>
  `./#${encodeShareFragment({ manifestsText, veleroVersion: '1.18.2' }, 1)}`;

/** Opens the page, writes `own` as the manifests and waits until the design is saved. */
async function openOwnDesign(designer: DesignerPage) {
  await designer.open();
  await designer.setText('manifests', own);
  await expect.poll(() => designer.savedDesign()).toContain('my-own-work');
}

test('a link opened in a second tab is a new design: the first tab keeps its work after a reload', async ({
  context,
  designer,
}) => {
  await openOwnDesign(designer);

  const second = new DesignerPage(await context.newPage());
  await second.page.goto(linkTo(linked));
  await second.waitForEditors();
  await expect(second.manifests.line('name: from-a-colleague')).toBeVisible();
  await expect(second.page.getByRole('region', { name: 'Notices' })).toContainText(
    'Opened the link as a new design, “Shared design”. Your design “My design” is saved under Designs.',
  );

  // Back to the first tab (a background tab gets no animation frames, so Monaco would not paint).
  await designer.page.bringToFront();
  await designer.reload();
  expect(await designer.text('manifests')).toBe(own);
  await designer.page.getByRole('button', { name: /^Designs/ }).click();
  const dialog = designer.page.getByRole('dialog', { name: 'Designs' });
  await expect(dialog.getByRole('textbox', { name: 'Name of the open design' })).toHaveValue(
    'My design',
  );
  await expect(dialog.getByRole('listitem')).toHaveText([/^Shared design/]);

  // The second tab's way back to the user's own design.
  await second.page.bringToFront();
  await second.page.getByRole('button', { name: 'Back to “My design”' }).click();
  await expect.poll(() => second.text('manifests')).toBe(own);
});

test('two tabs edit one design: both edits survive, and each tab says what happened', async ({
  context,
  designer,
}) => {
  await openOwnDesign(designer);
  const second = new DesignerPage(await context.newPage());
  await second.open();
  expect(await second.text('manifests')).toBe(own);

  // The first tab edits and saves; the second tab had nothing unsaved, so it takes that version.
  await designer.setText('manifests', `${own}# first tab\n`);
  const notices = second.page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('“My design” was changed in another tab');
  await expect.poll(() => second.text('manifests')).toBe(`${own}# first tab\n`);

  // The second tab builds on it; the first tab, idle, takes that in turn.
  await second.setText('manifests', `${own}# first tab\n# second tab\n`);
  await expect.poll(() => designer.text('manifests')).toBe(`${own}# first tab\n# second tab\n`);
  await designer.reload();
  expect(await designer.text('manifests')).toBe(`${own}# first tab\n# second tab\n`);
});

test('New blank design: empty editors, the other design kept, Back returns to it', async ({
  page,
  designer,
}) => {
  await openOwnDesign(designer);

  await page.getByRole('button', { name: /^Designs/ }).click();
  await page.getByRole('button', { name: 'New blank design' }).click();
  await expect(page.getByRole('dialog', { name: 'Designs' })).toBeHidden();
  await expect.poll(() => designer.text('manifests')).toBe('');
  expect(await designer.text('restore')).toBe('');
  await expect(page.getByRole('button', { name: /^Designs/ })).toContainText('Blank design');

  await page.goBack();
  await expect.poll(() => designer.text('manifests')).toBe(own);
  await page.goForward();
  await expect.poll(() => designer.text('manifests')).toBe('');
});
