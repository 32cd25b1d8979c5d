import { readFileSync } from 'node:fs';
import { testIds } from '../app/testIds';
import {
  type Design,
  decodeLink,
  encodeLink,
  type RepositoryDesign,
  render,
} from '../engine/index';
import { loadFixture } from '../oracle/fixtures';
import { expect, test } from './fixtures';
import { DesignerPage } from './pages/DesignerPage';

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

  await designer.openRule(0);
  await designer.card(0).getByRole('button', { name: 'Delete rule 1' }).click();
  await expect(designer.ruleCards).toHaveCount(2);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(designer.ruleCards).toHaveCount(3);
  await expect.poll(() => designer.summaries()).toEqual(dragged);

  await designer.choose('Scan on push', 'Off');
  await designer.undo();
  await expect(designer.triStateOption('Scan on push', 'On')).toBeChecked();

  await designer.undo();
  await designer.undo();
  await expect(designer.page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await expect.poll(() => designer.summaries()).toEqual(original.filter((_, i) => i !== 1));
});

test('undo puts back the fields it changes and leaves unfinished text in the others', async ({
  designer,
}) => {
  await designer.goto();
  await designer.openRule(0);
  const count = designer.cardField(0, 'Keep newest (image count)');
  const original = await count.inputValue();
  await count.fill('1.5');
  await expect(designer.card(0).getByText('Enter a whole number.')).toBeVisible();
  const name = designer.field('Repository name');
  const before = await name.inputValue();
  await name.fill('renamed');
  await designer.undo();
  await expect(name).toHaveValue(before);
  await expect(count).toHaveValue('1.5');
  await expect(designer.card(0).getByText('Enter a whole number.')).toBeVisible();
  await count.fill(original);
  await expect(designer.outputStatus).toHaveText('Up to date');
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

test('an edit followed at once by a reload survives, and the address bar catches up', async ({
  designer,
  page,
}) => {
  await designer.openLink(seedLink);
  await designer.field('Repository name').fill('renamed-just-before-reload');
  // At once, well inside the delayed write: only the flush on the way out can save the edit.
  await page.reload();
  await expect(designer.field('Repository name')).toHaveValue('renamed-just-before-reload');
  // The address bar catches up at once rather than after the next edit.
  await expect
    .poll(() => {
      const link = decodeLink(designer.fragment());
      return link.ok ? link.design.repositories[0]?.repositoryName : undefined;
    })
    .toBe('renamed-just-before-reload');
  // Whether the reload kept the old address (the autosave then wins, with the link one undo
  // away: startup.test.ts) or took the one written on the way out depends on the browser's
  // timing; either way the edit is there.
});

test('hiding the page writes the pending edit to the address bar and the autosave at once', async ({
  designer,
  page,
}) => {
  await designer.openLink(seedLink);
  await designer.field('Repository name').fill('hidden-at-once');
  // As text: the e2e code is compiled without the DOM library.
  await page.evaluate(`(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  })()`);
  // No polling: the delayed write (400 ms) must not be what is seen here.
  const link = decodeLink(designer.fragment());
  expect(link.ok && link.design.repositories[0]?.repositoryName).toBe('hidden-at-once');
  expect((await designer.storedDesign())?.repositories[0]?.repositoryName).toBe('hidden-at-once');
});

test('a link opened in another tab wins over the autosave, which is one undo away', async ({
  designer,
  context,
}) => {
  await designer.goto();
  await designer.field('Repository name').fill('work-in-the-first-tab');
  await expect
    .poll(async () => (await designer.storedDesign())?.repositories[0]?.repositoryName)
    .toBe('work-in-the-first-tab');
  const other = new DesignerPage(await context.newPage());
  await other.openLink(seedLink);
  await expect(other.field('Repository name')).toHaveValue('my-app');
  await expect(other.page.getByTestId(testIds.undoToast)).toContainText('earlier work');
  await other.undo();
  await expect(other.field('Repository name')).toHaveValue('work-in-the-first-tab');
});

test('when the browser refuses the autosave, the page says so and offers the download', async ({
  designer,
  page,
}) => {
  // The storage is full until the test says otherwise.
  await page.addInitScript(`(() => {
    window.storageFull = true;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  })()`);
  await designer.goto();
  const warning = page.getByRole('alert').filter({ hasText: 'not being saved' });
  await expect(warning).toContainText('Your work is not being saved in this browser.');
  await expect(warning).toContainText('storage for this site is full');

  const downloading = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Download design' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('EcrStack.design.json');
  const shown = decodeLink(designer.fragment());
  expect(shown.ok && JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(
    shown.ok && shown.design,
  );

  await warning.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(page.getByTestId(testIds.autosaveWarning)).toHaveCount(0);
  await page.evaluate('window.storageFull = false');
  await designer.field('Repository name').fill('saved-again');
  await expect
    .poll(async () => (await designer.storedDesign())?.repositories[0]?.repositoryName)
    .toBe('saved-again');
  // Failing anew after a recovery shows the warning again, though it was dismissed before.
  await page.evaluate('window.storageFull = true');
  await designer.field('Repository name').fill('not-saved');
  await expect(page.getByTestId(testIds.autosaveWarning)).toBeVisible();
});

/** The seed with its repository changed by `patch` (undefined removes a field). */
function seedWith(patch: Partial<RepositoryDesign>): Design {
  const seed = loadFixture('seed-example.json');
  const repository = { ...seed.repositories[0]!, ...patch };
  for (const [field, value] of Object.entries(patch))
    if (value === undefined) delete repository[field as keyof RepositoryDesign];
  return { ...seed, repositories: [repository] };
}

test('imageScanOnPush: false from a link stays ScanOnPush: false; the form sets off, on and default', async ({
  designer,
  page,
}) => {
  await designer.openLink(encodeLink(seedWith({ imageScanOnPush: false })));
  await expect(designer.triStateOption('Scan on push', 'Off')).toBeChecked();

  // An unrelated edit keeps the explicit false, in the output and in the saved design.
  const before = designer.fragment();
  await designer.field('Repository name').fill('scan-off');
  const off = seedWith({ imageScanOnPush: false, repositoryName: 'scan-off' });
  await designer.expectOutput('cfn-json', render(off).cfnJson!);
  expect(await designer.outputText('cfn-json')).toContain('"ScanOnPush": false');
  await designer.waitForSaved(before);
  expect((await designer.storedDesign())?.repositories[0]?.imageScanOnPush).toBe(false);

  await designer.choose('Scan on push', 'On');
  const on = seedWith({ imageScanOnPush: true, repositoryName: 'scan-off' });
  await designer.expectOutput('cfn-json', render(on).cfnJson!);
  await designer.choose('Scan on push', 'Default');
  const omitted = seedWith({ imageScanOnPush: undefined, repositoryName: 'scan-off' });
  await designer.expectOutput('cfn-json', render(omitted).cfnJson!);
  expect(await designer.outputText('cfn-json')).not.toContain('ScanOnPush');

  // Keyboard: the arrow keys move through Default, On, Off.
  await designer.triStateOption('Scan on push', 'Default').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(designer.triStateOption('Scan on push', 'Off')).toBeChecked();
  await designer.expectOutput('cfn-json', render(off).cfnJson!);
});
