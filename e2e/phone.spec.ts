/**
 * The designer on a phone (390 × 844): one view at a time from the bar at the bottom, nothing
 * scrolls sideways, every output tab and button can be reached, and touch targets are 44 px.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Design } from '../engine/index';
import { loadFixture } from '../oracle/fixtures';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const views = ['Design', 'Outputs', 'Preview'] as const;

function withImages(): Design {
  const design = loadFixture('seed-example.json');
  design.repositories[0]!.sampleImages = Array.from({ length: 12 }, (_, i) => ({
    digest: `sha256:${i.toString(16).padStart(64, 'a')}`,
    tags: i % 3 === 0 ? [] : [`release-candidate-with-a-long-name-${i}`],
    pushedAt: new Date(Date.UTC(2026, 0, 1 + i * 9)).toISOString(),
  }));
  return design;
}

// As text: e2e code is compiled without the DOM library (page code runs in the browser).
const scrollWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

/** Visible controls shorter than 44 px, outside the code editor (its own text area is 1 px). */
function smallControls(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`[
    ...document.querySelectorAll(
      'button, select, input:not([type=checkbox]):not([type=radio]):not([type=file]), [role=tab], .segmented-option span',
    ),
  ]
    .filter((el) => !el.closest('.monaco-editor, .visually-hidden') && el.offsetParent !== null)
    .filter((el) => el.getBoundingClientRect().height < 43.5)
    .map((el) => el.tagName + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30) + '" ' + Math.round(el.getBoundingClientRect().height) + 'px')`);
}

test('each view fits the phone: no sideways scrolling, touch-sized controls, no axe violation in either theme', async ({
  designer,
  page,
}) => {
  await designer.openDesignFile(withImages());
  for (const view of views) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await expect(page.getByRole('button', { name: view, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    if (view === 'Outputs') await designer.waitForEditor();
    expect(await scrollWidth(page), view).toBeLessThanOrEqual(390);
    expect(await smallControls(page), view).toEqual([]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        serious.map((v) => v.id),
        `${view}, ${colorScheme}`,
      ).toEqual([]);
    }
  }
  // A rule card's editor, open in place, fits as well.
  await page.getByRole('button', { name: 'Design', exact: true }).click();
  await designer.openRule(0);
  expect(await scrollWidth(page), 'open rule').toBeLessThanOrEqual(390);
  expect(await smallControls(page), 'open rule').toEqual([]);
});

test('on a phone every output tab, output button and Share action is on screen and works', async ({
  designer,
  page,
}) => {
  await designer.goto();
  await page.getByRole('button', { name: 'Outputs', exact: true }).click();
  await designer.waitForEditor();
  const onScreen = async (name: string | RegExp, role: 'tab' | 'button' | 'menuitem') => {
    const box = await page.getByRole(role, { name }).first().boundingBox();
    expect(box, String(name)).not.toBeNull();
    expect(box!.x, String(name)).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, String(name)).toBeLessThanOrEqual(390);
  };
  for (const tab of [
    'CDK',
    'CloudFormation JSON',
    'CloudFormation YAML',
    'Lifecycle policy JSON',
  ]) {
    await onScreen(tab, 'tab');
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    for (const button of [/^Copy /, /^Download /]) await onScreen(button, 'button');
  }
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  for (const action of ['Copy link', /^Copy as Markdown/]) await onScreen(action, 'menuitem');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Design', exact: true }).click();
  await expect(designer.field('Repository name')).toBeVisible();
  await expect(page.getByTestId('output-editor')).toBeHidden();
});
