import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { testIds } from '../app/testIds';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('no request leaves for any host but the local server', async ({ designer, context }) => {
  const hosts = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (
      url.protocol === 'http:' ||
      url.protocol === 'https:' ||
      url.protocol === 'ws:' ||
      url.protocol === 'wss:'
    ) {
      hosts.add(url.host);
    }
  });
  await designer.goto();
  await designer.waitForEditor();
  for (const id of ['cfn-json', 'cfn-yaml', 'lifecycle-json', 'cdk-ts'] as const)
    await designer.selectTab(id);
  const output = designer.page.getByTestId(testIds.outputText);
  const rulesIn = async () => ((await output.textContent()) ?? '').split('addLifecycleRule').length;
  const rulesBefore = await rulesIn();
  await designer.field('Repository name').fill('my-app-2');
  await designer.addRule();
  // Everything the edits set off has happened once the output shows them.
  await expect(output).toContainText('my-app-2');
  await expect.poll(rulesIn).toBe(rulesBefore + 1);
  expect([...hosts]).toEqual(['127.0.0.1:4173']);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} theme: no serious or critical axe violation; screenshots kept`, async ({
    designer,
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await designer.goto();
    await designer.waitForEditor();
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);

    expect(await seriousViolations(page)).toEqual([]);

    const wide = await page.screenshot({
      path: testInfo.outputPath(`${colorScheme}-1280x800.png`),
    });
    await testInfo.attach(`${colorScheme}-1280x800`, { body: wide, contentType: 'image/png' });
    await page.setViewportSize({ width: 390, height: 844 });
    const narrow = await page.screenshot({
      path: testInfo.outputPath(`${colorScheme}-390x844.png`),
    });
    await testInfo.attach(`${colorScheme}-390x844`, { body: narrow, contentType: 'image/png' });
  });

  test(`${colorScheme} theme: the import dialog, a broken link's explanation and the Python tab pass axe`, async ({
    designer,
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await designer.openLink('v9.AAAA');
    await expect(designer.problems).toBeVisible();
    await designer.selectTab('cdk-py');
    await designer.waitForEditor();
    await designer.field('Repository name').fill('Bad Name');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`${colorScheme}-problem-python.png`) });

    await designer.openImport();
    await designer.pasteForImport(
      JSON.stringify({
        Resources: { R: { Type: 'AWS::ECR::Repository' }, T: { Type: 'AWS::SNS::Topic' } },
      }),
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`${colorScheme}-import.png`) });
  });
}

test('the theme switch overrides the system theme', async ({ designer, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await designer.goto();
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
