import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('no request leaves for any host but the local server', async ({ designer, page, context }) => {
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
  await designer.field('Repository name').fill('my-app-2');
  await designer.addRule();
  await page.waitForTimeout(500);
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

    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);

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
}

test('the theme switch overrides the system theme', async ({ designer, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await designer.goto();
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
