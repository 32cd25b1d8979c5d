/**
 * The lifecycle preview on a real repository, as a platform engineer uses it: what the AWS CLI
 * printed (describe-images, kubectl pods, get-lifecycle-policy) pasted, chosen or dropped; the
 * images in use at risk and their protection; the policy in force; the timeline; and images too
 * many for a link or localStorage.
 */
import { readFileSync } from 'node:fs';
import { testIds } from '../app/testIds';
import { type Design, decodeLink, encodeLink } from '../engine/index';
import { expect, test } from './fixtures';
import { PreviewPage } from './pages/PreviewPage';

const testdata = (name: string) =>
  readFileSync(new URL(`../engine/simulate/testdata/${name}`, import.meta.url), 'utf8');

const design: Design = {
  version: 1,
  repositories: [
    {
      id: 'WebApp',
      repositoryName: 'web-app',
      lifecycleRules: [{ tagPatternList: ['v*'], maxImageCount: 1 }, { maxImageAgeDays: 30 }],
    },
  ],
};

/** The web-app images of describe-images-v2.json (one image of billing-api is left out). */
const webAppImages = (
  testdata('describe-images-v2.json').match(/"repositoryName": "web-app"/g) ?? []
).length;

async function openWithImages(
  designer: { openLink: (link: string) => Promise<void> },
  preview: PreviewPage,
) {
  await designer.openLink(encodeLink(design));
  await preview.setDate('2025-06-30');
  await preview.paste(
    testIds.previewImagesInput,
    testdata('describe-images-v2.json'),
    'Read images',
  );
  await expect(preview.summary).toContainText(`${webAppImages} images`);
}

test('describe-images pasted, pods chosen: the images at risk, their protection applied and undone', async ({
  designer,
  page,
}) => {
  const preview = new PreviewPage(page);
  await openWithImages(designer, preview);
  const source = page.getByTestId(testIds.previewImageSource);
  await expect(source).toContainText('(describe-images of web-app)');
  await expect(source).toContainText(/of repository '\d+\/billing-api' left out/);
  await expect(source).toContainText('1 image index without its manifest');
  await preview.paste(
    testIds.previewManifestsInput,
    testdata('batch-get-image.json'),
    'Read manifests',
  );
  await expect(source).toContainText('with the manifests of its indexes');
  await expect(source).not.toContainText('without its manifest');
  await expect(preview.rows.filter({ hasText: 'child of' }).first()).toBeVisible();

  await preview.chooseFile(
    testIds.previewInUseInput,
    'pods.json',
    testdata('in-use/kubectl-pods.json'),
  );
  const inUse = page.getByTestId(testIds.previewAtRisk);
  await expect(inUse).toContainText(/\d+ images? in use at risk/);
  await expect(page.getByRole('list', { name: 'Where images run' })).toContainText('pods.json');
  await expect(preview.rows.filter({ hasText: 'in use: at risk' }).first()).toBeVisible();
  // The rule that hits them carries the error on its card: counted in its row, said in full inside.
  await expect(designer.card(0).getByTestId(testIds.ruleFindings)).toHaveText(/^1 error/);
  await designer.openRule(0);
  await expect(
    designer.ruleCards.first().getByTestId(testIds.finding).filter({ hasText: 'in use' }),
  ).toHaveAttribute('data-severity', 'error');

  // An untagged image in use (a pod runs it by digest) no tag rule can protect: it stays at risk.
  const unprotected = await inUse.locator('.protection li code').count();
  const cardsBefore = await designer.ruleCards.count();
  await inUse.getByRole('button', { name: /^Add th(is rule|ese rules) first$/ }).click();
  await expect(inUse).toContainText(
    unprotected === 0
      ? 'No image in use is expired or archived.'
      : `${unprotected} image${unprotected === 1 ? '' : 's'} in use at risk.`,
  );
  await expect(inUse.getByRole('button', { name: /first$/ })).toBeHidden();
  await expect.poll(() => designer.ruleCards.count()).toBeGreaterThan(cardsBefore);
  await expect(page.getByTestId(testIds.undoToast)).toContainText('protecting the images in use');

  await designer.undo();
  await expect(inUse).toContainText(/in use at risk/);
  await expect(designer.ruleCards).toHaveCount(cardsBefore);
});

test('compared with a pasted get-lifecycle-policy output: each change filters the table', async ({
  designer,
  page,
}) => {
  const preview = new PreviewPage(page);
  await openWithImages(designer, preview);
  await preview.paste(
    testIds.previewCompareInput,
    testdata('get-lifecycle-policy.json'),
    'Compare',
  );
  const compare = page.getByTestId(testIds.previewCompare);
  await expect(compare).toContainText('Compared with the policy in force');
  const counts: Record<string, number> = {};
  for (const label of ['newly expired', 'newly kept', 'unchanged']) {
    const text = await compare.getByRole('button', { name: new RegExp(`${label}$`) }).textContent();
    counts[label] = Number(text?.split(' ')[0]);
  }
  expect(counts['newly expired']! + counts['newly kept']! + counts.unchanged!).toBeLessThanOrEqual(
    webAppImages,
  );
  expect(counts['newly expired']! + counts['newly kept']!).toBeGreaterThan(0);
  const changed = counts['newly expired']! > 0 ? 'newly expired' : 'newly kept';
  await compare.getByRole('button', { name: new RegExp(`${changed}$`) }).click();
  await expect(preview.rows).toHaveCount(counts[changed]!);
  await expect(preview.rows.first()).toContainText('was ');
  await expect(page.getByTestId(testIds.previewTotals)).toContainText(
    'change against the policy in force',
  );
});

test('the timeline: the slider moves now forward and the totals follow', async ({
  designer,
  page,
}) => {
  const preview = new PreviewPage(page);
  await openWithImages(designer, preview);
  const picture = page.getByTestId(testIds.timelinePicture);
  await expect(picture.locator('canvas')).toBeVisible();
  const slider = page.getByTestId(testIds.timelineSlider);
  await expect(slider).toHaveAttribute('aria-valuetext', /^Day 0, /);
  const dayZero = await picture.locator('.timeline-summary').textContent();
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', /^Day 90, /);
  await expect(picture.locator('.timeline-summary')).toContainText('By day 90');
  expect(await picture.locator('.timeline-summary').textContent()).not.toBe(dayZero);
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', /^Day 89, /);
  await expect(page.getByTestId(testIds.timelineTotals)).toContainText('Total');
});

test('Import routes describe-images output to the preview; a dropped file too', async ({
  designer,
  page,
}) => {
  const preview = new PreviewPage(page);
  await designer.openLink(encodeLink(design));
  await preview.setDate('2025-06-30');
  await designer.openImport();
  await designer.importDialog
    .getByLabel('Template or lifecycle policy')
    .fill(testdata('describe-images-v1-pages.txt'));
  await designer.importDialog
    .getByRole('button', { name: 'Read into the preview of WebApp' })
    .click();
  await expect(designer.importDialog).toBeHidden();
  await expect(preview.summary).toContainText(/^\d+ images/);
  await expect(page.getByTestId(testIds.undoToast)).toContainText('into the preview of WebApp');
  await expect(designer.repositoryIds()).resolves.toEqual(['WebApp']);

  await designer.undo();
  await expect(preview.summary).toBeHidden();
  const box = page.getByTestId(testIds.previewImagesInput).getByRole('textbox');
  await preview.input(testIds.previewImagesInput);
  await designer.dropFile(box, 'images.json', testdata('describe-images-v2.json'));
  await expect(preview.summary).toContainText(`${webAppImages} images`);

  // Where images run, dropped anywhere on the page: the import dialog offers the preview.
  await designer.dropFile(page.locator('body'), 'pods.json', testdata('in-use/kubectl-pods.json'));
  await designer.importDialog
    .getByRole('button', { name: 'Add to the images in use of WebApp' })
    .click();
  await expect(designer.importDialog).toBeHidden();
  await expect(page.getByTestId(testIds.previewAtRisk)).toContainText('references read');
});

test('a policy ECR refuses is not previewed: its findings show instead', async ({
  designer,
  page,
}) => {
  const preview = new PreviewPage(page);
  await designer.openDesignFile({
    version: 1,
    repositories: [
      {
        id: 'WebApp',
        lifecycleRules: [{ tagPatternList: ['v*'], maxDaysSinceImagePulled: 5 }],
        sampleImages: [{ digest: 'sha256:a', tags: ['v1'], pushedAt: '2025-06-01T00:00:00Z' }],
      },
    ],
  });
  const blocked = page.getByTestId(testIds.previewBlocked);
  await expect(blocked).toContainText('ECR refuses such a policy');
  await expect(blocked.getByTestId(testIds.finding).first()).toBeVisible();
  await expect(preview.rows).toHaveCount(0);
});

test('1,500 images: not in the share link, kept in IndexedDB across a reload', async ({
  designer,
  page,
}) => {
  const preview = new PreviewPage(page);
  const imageDetails = Array.from({ length: 1500 }, (_, i) => ({
    registryId: '123456789012',
    repositoryName: 'web-app',
    imageDigest: `sha256:${i.toString(16).padStart(64, '0')}`,
    imageTags: [`v${i}`],
    imageSizeInBytes: 1_000_000,
    imagePushedAt: 1_748_736_000 + i * 600,
  }));
  await designer.openLink(encodeLink(design));
  await preview.setDate('2025-06-30');
  await preview.paste(testIds.previewImagesInput, JSON.stringify({ imageDetails }), 'Read images');
  await expect(preview.summary).toContainText('1500 images');
  await expect(preview.panel).toContainText('A share link carries the policy, not the images');
  await expect
    .poll(async () => JSON.parse((await designer.storedDesignText()) ?? '{}').imagesSavedAt)
    .toEqual(expect.any(Number));
  const stored = JSON.parse((await designer.storedDesignText())!);
  expect(stored.design.repositories[0].sampleImages).toBeUndefined();
  await expect.poll(() => designer.fragment()).not.toBe('');
  const link = decodeLink(designer.fragment());
  expect(link.ok && link.design.repositories[0]?.sampleImages).toBeUndefined();

  await page.reload();
  await expect(preview.summary).toContainText('1500 images');
  await expect(designer.problems).toHaveCount(0);
});
