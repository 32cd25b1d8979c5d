/** What a person meets first: an empty design, counts that agree, names that read right. */
import { type Design, encodeLink } from '../engine/index';
import { expect, test } from './fixtures';
import { PreviewPage } from './pages/PreviewPage';

test('a new design is a start, not an error: it says what to do next', async ({ designer }) => {
  await designer.goto();
  await designer.newDesign();
  await expect(designer.outputStatus).toHaveText('Nothing to show yet: add a repository');
  await expect(designer.page.getByText(/Add a repository .* on the left/)).toBeVisible();
  await expect(designer.page.getByText('Resources section must exist')).toHaveCount(0);
  await expect(designer.page.getByTestId('finding')).toHaveCount(0);

  await designer.addRepository();
  await expect(designer.outputStatus).toHaveText('Up to date');
});

test('a repository row counts errors as the output status does', async ({ designer }) => {
  const design: Design = {
    version: 1,
    repositories: [
      {
        id: 'Repository',
        repositoryName: 'Not-Lower-Case',
        lifecycleRules: [{ rulePriority: 0, maxImageCount: 5 }],
      },
    ],
  };
  await designer.openLink(encodeLink(design));
  await expect(designer.outputStatus).toHaveText('No output yet — 1 error');
  await expect(designer.page.getByTestId('repository-list')).toContainText(
    '1 error · 1 deploy-time error',
  );
});

test('counts of one are singular in the preview', async ({ designer, page }) => {
  const design: Design = {
    version: 1,
    repositories: [
      {
        id: 'Repository',
        lifecycleRules: [{ tagStatus: 'ANY', maxImageAgeDays: 5 }],
        sampleImages: [{ digest: 'sha256:a', tags: ['v1'], pushedAt: '2026-01-14T12:00:00Z' }],
      },
    ],
  };
  const preview = new PreviewPage(page);
  await designer.openDesignFile(design);
  await preview.setDate('2026-01-15');
  await expect(preview.summary).toContainText(/^1 image:/);
  await expect(preview.panel).toContainText('(1 image)');
  await expect(preview.panel).toContainText('pushed 1 day ago');
});

test('the share menu names what it does, and its copy says so', async ({ designer, page }) => {
  await designer.goto();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Copy link' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menuitem', { name: 'Copy link' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeFocused();
});

test('"Open design…" given a lifecycle policy offers to import it', async ({ designer, page }) => {
  await designer.goto();
  const policy = {
    rules: [
      {
        rulePriority: 1,
        selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 3 },
        action: { type: 'expire' },
      },
    ],
  };
  await page.getByTestId('design-file').setInputFiles({
    name: 'policy.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(policy)),
  });
  await expect(designer.importDialog.getByTestId('import-note')).toContainText(
    'policy.json is not a design file',
  );
  await expect(designer.importDialog.getByTestId('import-report')).toContainText(
    'Reads as 1 repository',
  );
  await designer.importDialog.getByRole('button', { name: 'Replace the design' }).click();
  await expect(page.getByTestId('undo-toast')).toContainText('from policy.json');
});
