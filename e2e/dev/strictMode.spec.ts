/**
 * The README's way of running the designer: the dev server, where React StrictMode runs every
 * effect twice. Each test walks through a feature whose effects, refs or subscriptions a second
 * run could break; the production-build suite cannot see those bugs.
 */
import { type Design, encodeLink, importText, render } from '../../engine/index';
import { loadFixture } from '../../oracle/fixtures';
import { expect, test } from '../fixtures';
import { PreviewPage } from '../pages/PreviewPage';

const twoRules: Design = {
  version: 1,
  repositories: [
    {
      id: 'Repository',
      lifecycleRules: [
        { description: 'keep prod', tagPrefixList: ['prod'], maxImageCount: 9999 },
        { description: 'untagged', tagStatus: 'UNTAGGED', maxImageAgeDays: 14 },
      ],
    },
  ],
};

test('the import dialog stays open, reads a template and replaces the design', async ({
  designer,
}) => {
  const template = render(loadFixture('several-repositories.json')).cfnJson!;
  await designer.goto();
  await designer.openImport();
  // Before the fix, the dialog closed itself right after opening: this fill had no target.
  await designer.pasteForImport(template);
  await expect(designer.importDialog.getByTestId('import-report')).toContainText('Reads as');
  await designer.importDialog.getByRole('button', { name: 'Replace the design' }).click();
  await expect(designer.importDialog).toHaveCount(0);
  await designer.expectOutput('cfn-json', render(importText(template).design!).cfnJson!);

  await designer.openImport();
  await designer.page.keyboard.press('Escape');
  await expect(designer.importDialog).toHaveCount(0);
});

test('a file dropped on the page opens the import dialog with the file read', async ({
  designer,
}) => {
  const template = render(loadFixture('seed-lifecycle.json')).cfnJson!;
  await designer.goto();
  await designer.dropFile(designer.repositoryForm, 'stack.template.json', template);
  await expect(designer.importDialog.getByTestId('import-report')).toContainText(
    'Reads as 1 repository',
  );
  await expect(designer.importDialog).toBeVisible();
  await designer.importDialog.getByRole('button', { name: 'Replace the design' }).click();
  await expect(designer.page.getByTestId('undo-toast')).toContainText('from stack.template.json');
});

test('a rule card moves with the keyboard, undoably', async ({ designer }) => {
  await designer.openLink(encodeLink(twoRules));
  const before = await designer.summaries();
  await designer.dragRuleWithKeyboard(0, 1);
  await expect.poll(() => designer.summaries()).toEqual([before[1], before[0]]);
  await designer.undo();
  await expect.poll(() => designer.summaries()).toEqual(before);
});

test('rule cards open one at a time; a new rule opens with the focus on its row', async ({
  designer,
  page,
}) => {
  await designer.openLink(encodeLink(twoRules));
  await designer.openRule(0);
  await designer.openRule(1);
  await expect(designer.ruleToggle(0)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(designer.ruleToggle(1)).toHaveAttribute('aria-expanded', 'false');
  await expect(designer.ruleToggle(1)).toBeFocused();
  await page.getByRole('button', { name: 'Add rule' }).click();
  await expect(designer.ruleCards).toHaveCount(3);
  const added = page.getByRole('button', { name: /^Rule \d of 3: /, expanded: true });
  await expect(added).toHaveCount(1);
  await expect(added).toBeFocused();
});

test('the preview panel simulates generated images and follows a reorder', async ({
  designer,
  page,
}) => {
  const preview = new PreviewPage(page);
  await designer.openLink(encodeLink(twoRules));
  await preview.setDate('2026-01-15');
  await preview.generate();
  await expect(preview.summary).toContainText('images');
  await expect.poll(async () => (await preview.counts()).length).toBe(2);
  const before = await preview.counts();
  await designer.dragRuleWithKeyboard(0, 1);
  await expect.poll(() => preview.counts()).toEqual([before[1], before[0]]);
});

test('real images: describe-images read, pods added, the timeline drawn; 1,500 images back after a reload', async ({
  designer,
  page,
}) => {
  const preview = new PreviewPage(page);
  const imageDetails = Array.from({ length: 1500 }, (_, i) => ({
    repositoryName: 'web-app',
    imageDigest: `sha256:${i.toString(16).padStart(64, '0')}`,
    imageTags: [`v${i}`],
    imagePushedAt: 1_748_736_000 + i * 600,
  }));
  await designer.openLink(
    encodeLink({
      version: 1,
      repositories: [
        { id: 'WebApp', repositoryName: 'web-app', lifecycleRules: [{ maxImageCount: 100 }] },
      ],
    }),
  );
  await preview.paste('preview-images-input', JSON.stringify({ imageDetails }), 'Read images');
  await expect(preview.summary).toContainText('1500 images');
  await preview.paste(
    'preview-in-use-input',
    '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web-app:v3\n',
    'Add images in use',
  );
  await expect(page.getByTestId('preview-at-risk')).toContainText('1 image in use at risk');
  await expect(page.getByTestId('timeline-picture').locator('canvas')).toBeVisible();
  await expect
    .poll(async () => JSON.parse((await designer.storedDesignText()) ?? '{}').imagesSavedAt)
    .toEqual(expect.any(Number));
  await page.reload();
  await expect(preview.summary).toContainText('1500 images');
});
