import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

// Each payload sets window.__xss if it ever runs. YAML single quotes: '' is one quote.
const payloads = [
  `<img src=x onerror="window.__xss='img'">`,
  `<svg onload="window.__xss='svg'"></svg>`,
  `javascript:window.__xss='js-url'`,
  `"><script>window.__xss='script'</script>`,
  `<a href="javascript:window.__xss='link'">click</a>`,
  `<iframe srcdoc="<script>parent.__xss='iframe'</script>">`,
  `{{constructor.constructor('window.__xss=1')()}}`,
];
const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

const manifests = payloads
  .map(
    (p, i) => `apiVersion: v1
kind: Pod
metadata:
  name: ${q(p)}
  namespace: ${q(p)}
  labels: {app: ${q(p)}}
  annotations:
    ${q(p)}: ${q(p)}
    init.hook.restore.velero.io/container-image: ${q(p)}
    init.hook.restore.velero.io/container-name: ${q(p)}
    init.hook.restore.velero.io/command: ${q(`["${p.replace(/"/g, '\\"')}"]`)}
    post.hook.restore.velero.io/container: ${q(p)}
    post.hook.restore.velero.io/command: ${q(p)}
    post.hook.restore.velero.io/on-error: ${q(p)}
    post.hook.restore.velero.io/wait-timeout: ${q(p)}
spec:
  containers:
  - name: ${q(p)}
    image: ${q(p)}
  - name: c${i}
    image: ${q(`javascript:window.__xss=${i}`)}
`,
  )
  .join('---\n');

const restore = `apiVersion: velero.io/v1
kind: Restore
metadata:
  name: ${q(payloads[0]!)}
  namespace: velero
spec:
  backupName: ${q(payloads[1]!)}
  hooks:
    resources:
${payloads
  .map(
    (p) => `    - name: ${q(p)}
      includedNamespaces: [${q(p)}]
      postHooks:
      - init:
          initContainers:
          - name: ${q(p)}
            image: ${q(p)}
            command: [${q(p)}]
      - exec:
          container: ${q(p)}
          command: [${q(p)}]
          onError: ${q(p)}`,
  )
  .join('\n')}
`;

/** Shows every results tab, so each feature renders the hostile names. */
async function visitEveryTab(page: Page): Promise<void> {
  const tabs = page.getByRole('tablist', { name: 'Results' }).getByRole('tab');
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click();
    await page.waitForTimeout(100);
  }
}

test('hostile names, images and annotations never run as code', async ({
  page,
  designer,
  watch,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const nothingRan = async () => {
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload], iframe, script:not([src])').count()).toBe(
      0,
    );
    expect(dialogs).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  };

  await designer.open();
  await designer.setText('manifests', manifests);
  await designer.setText('restore', restore);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const s = window.__designer!.engineStatus();
        return s.resultId > 0 && !s.pending;
      }),
    )
    .toBe(true);
  await expect(designer.manifests.line('onerror')).not.toHaveCount(0);
  await visitEveryTab(page);

  // Through a share link: the dialog shows it, and a page opened from it renders it all again.
  await page.getByRole('button', { name: 'Share' }).click();
  const field = page.getByRole('textbox', { name: /^Link/ });
  await expect(field).toHaveValue(/#v1\./);
  const url = await field.inputValue();
  await page.keyboard.press('Escape');
  await nothingRan();

  await page.goto('about:blank');
  await page.goto(url);
  await designer.waitForEditors();
  expect(await designer.text('manifests')).toBe(manifests);
  await visitEveryTab(page);
  await nothingRan();
  expect(watch.pageErrors).toEqual([]);
  expect(
    [...watch.urls].every((u) => /^http:\/\/127\.0\.0\.1:\d+\//.test(u) || u === 'about:blank'),
  ).toBe(true);
});
