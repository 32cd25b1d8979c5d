import { readFileSync } from 'node:fs';
import { decodeLink } from '../engine/index';
import { expect, test } from './fixtures';

const seedLink = (
  JSON.parse(readFileSync('e2e/links/v1-seed-example.json', 'utf8')) as { link: string }
).link;

test('open a saved link, edit, reload: the edit holds; undo and redo it', async ({
  designer,
  page,
}) => {
  await designer.openLink(seedLink);
  const historyLength = await designer.historyLength();
  const name = designer.field('Repository name');
  await name.fill('my-app-renamed');
  await designer.waitForSaved(seedLink.slice(1));
  // replaceState, not a history entry per keystroke.
  expect(await designer.historyLength()).toBe(historyLength);

  await page.reload();
  await expect(designer.field('Repository name')).toHaveValue('my-app-renamed');

  await designer.field('Repository name').fill('my-app-renamed-again');
  await designer.field('Repository name').press('ControlOrMeta+z');
  await expect(designer.field('Repository name')).toHaveValue('my-app-renamed');
  await expect(designer.field('Repository name')).toBeFocused();
  await designer.field('Repository name').press('ControlOrMeta+Shift+z');
  await expect(designer.field('Repository name')).toHaveValue('my-app-renamed-again');
  await designer.undo();
  await expect(designer.field('Repository name')).toHaveValue('my-app-renamed');
  await designer.redo();
  await expect(designer.field('Repository name')).toHaveValue('my-app-renamed-again');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(designer.field('Repository name')).toHaveValue('my-app-renamed');
  await page.keyboard.press('Control+y');
  await expect(designer.field('Repository name')).toHaveValue('my-app-renamed-again');
  const saved = designer.fragment();
  await expect.poll(() => decodeLink(designer.fragment()).ok).toBe(true);
  expect(saved).not.toBe('');
});

test('undo and redo cover drag-and-drop, deletion and toggles', async ({ designer, page }) => {
  await designer.goto();
  await designer.addRule();
  const original = await designer.summaries();
  await designer.dragRuleWithMouse(1, 0);
  await expect.poll(() => designer.summaries()).not.toEqual(original);
  const dragged = await designer.summaries();
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => designer.summaries()).toEqual(original);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect.poll(() => designer.summaries()).toEqual(dragged);

  await designer.card(0).getByRole('button', { name: 'Delete rule 1' }).click();
  await expect(designer.ruleCards).toHaveCount(2);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(designer.ruleCards).toHaveCount(3);
  await expect.poll(() => designer.summaries()).toEqual(dragged);

  await designer.field('Scan on push').uncheck();
  await designer.undo();
  await expect(designer.field('Scan on push')).toBeChecked();

  await designer.undo();
  await designer.undo();
  await expect(designer.page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await expect.poll(() => designer.summaries()).toEqual(original.filter((_, i) => i !== 1));
});

test('"New design" is undoable, and the toast’s Undo goes through the same history', async ({
  designer,
}) => {
  await designer.goto();
  await designer.newDesign();
  await designer.page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(designer.field('Repository name')).toHaveValue('my-app');
  await designer.redo();
  await expect(designer.page.getByText('No repositories yet')).toBeVisible();
});
