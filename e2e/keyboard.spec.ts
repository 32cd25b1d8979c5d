/** Keyboard users: skip links first, the outputs a few presses away. */
import { render } from '../engine/index';
import { loadFixture } from '../oracle/fixtures';
import { expect, test } from './fixtures';

const seed = loadFixture('seed-example.json');

test('from load to the copied CDK code in fewer than 15 key presses', async ({
  designer,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await designer.goto();
  await designer.waitForEditor();
  let presses = 0;
  const press = async (key: string) => {
    presses++;
    await page.keyboard.press(key);
  };
  await press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the design' })).toBeFocused();
  await press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the outputs' })).toBeFocused();
  await press('Enter');
  await expect(page.getByRole('tab', { name: 'CDK' })).toBeFocused();
  const copy = page.getByRole('button', { name: 'Copy CDK TypeScript', exact: true });
  const focused = async () =>
    (await page.evaluate("document.activeElement?.getAttribute('aria-label')")) ===
    'Copy CDK TypeScript';
  // Bounded past the limit, so that a longer way fails the count below, not only the focus check.
  for (let i = 0; i < 20 && !(await focused()); i++) await press('Tab');
  await expect(copy).toBeFocused();
  await press('Enter');
  await expect
    .poll(() => page.evaluate<string>('navigator.clipboard.readText()'))
    .toBe(render(seed).cdkTypescript);
  expect(presses).toBeLessThan(15);
});

test('the skip links take focus to the design and the preview, and leave the address alone', async ({
  designer,
  page,
}) => {
  await designer.goto();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#design')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Stack class name', { exact: true })).toBeFocused();
  await page.getByRole('link', { name: 'Skip to the preview' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lifecycle-preview')).toBeFocused();
  // The links move focus only: the fragment (the design's link, written on its own timer) never names a section.
  expect(new URL(page.url()).hash).not.toMatch(/^#(design|outputs|preview)$/);
});

test('each output tab has a shortcut, shown on the tab', async ({ designer, page }) => {
  await designer.goto();
  await designer.field('Repository name').focus();
  await page.keyboard.press('Control+Alt+2');
  const json = page.getByRole('tab', { name: 'CloudFormation JSON' });
  await expect(json).toHaveAttribute('aria-selected', 'true');
  await expect(json).toBeFocused();
  await expect(json).toHaveAttribute('aria-keyshortcuts', 'Control+Alt+2');
  await page.keyboard.press('Control+Alt+4');
  await expect(page.getByRole('tab', { name: 'Lifecycle policy JSON' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Control+Alt+1');
  await expect(page.getByRole('tab', { name: 'CDK' })).toBeFocused();
});
