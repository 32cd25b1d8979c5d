import AxeBuilder from '@axe-core/playwright';
import { testIds } from '../app/testIds';
import { type Design, decodeLink, encodeLink } from '../engine/index';
import { expect, test } from './fixtures';
import { PreviewPage } from './pages/PreviewPage';

/** Two tagged rules whose order matters: a keep-prod rule and "keep the 100 newest tagged images". */
const design: Design = {
  version: 1,
  repositories: [
    {
      id: 'Repository',
      repositoryName: 'my-app',
      lifecycleRules: [
        { description: 'keep prod', tagPrefixList: ['prod'], maxImageCount: 9999 },
        { description: 'keep 100 tagged', tagPatternList: ['*'], maxImageCount: 100 },
        { description: 'untagged', tagStatus: 'UNTAGGED', maxImageAgeDays: 14 },
      ],
    },
  ],
};

test('generate a sample set, reorder rules: outcomes and counts change; undo removes the set', async ({
  designer,
  page,
}) => {
  const preview = new PreviewPage(page);
  await designer.openLink(encodeLink(design));
  await preview.setDate('2026-01-15');
  await expect(preview.panel).toContainText('No sample images yet');
  await preview.generate();
  // 30 days × (20 CI + 2 untagged) + 4 releases, each with two architecture children.
  await expect(preview.summary).toContainText('672 images');
  await expect
    .poll(() => preview.counts())
    .toEqual([
      'expires 0 · keeps 1 · protects 3',
      'expires 501 · keeps 99',
      'expires 32 · keeps 32',
    ]);

  // Prod releases: the first rule claims them, so the count rule cannot expire them.
  await preview.filterByTag('prod-');
  await expect(preview.rows).toHaveCount(4);
  expect(new Set(await preview.outcomes())).toEqual(new Set(['keep', 'protected']));
  await expect(preview.rows.last()).toContainText('Protected');
  await expect(preview.rows.last()).toContainText(
    'protected: its tags match rule 1, so rule 2 cannot act on it',
  );

  // Reorder: "keep 100 tagged" first now counts and expires old releases too.
  await designer.dragRuleWithKeyboard(1, -1);
  await expect
    .poll(() => preview.counts())
    .toEqual(['expires 504 · keeps 100', 'expires 0', 'expires 32 · keeps 32']);
  await expect(preview.rows.last()).toContainText('Expires · rule 1');
  expect(new Set(await preview.outcomes())).toEqual(new Set(['keep', 'expire']));

  await designer.undo();
  await expect.poll(() => preview.counts()).toContain('expires 501 · keeps 99');
  await designer.undo();
  await expect(preview.panel).toContainText('No sample images yet');
  await expect(preview.ruleCounts).toHaveCount(0);
});

test('the reason shows on keyboard focus and hover; filters by outcome and borderline', async ({
  designer,
  page,
}) => {
  const preview = new PreviewPage(page);
  await designer.openLink(encodeLink(design));
  await preview.setDate('2026-01-15');
  await preview.generate({ 'Days of history': '40', 'CI images a day': '5' });
  await preview.outcomeFilter('Kept').uncheck();
  await preview.outcomeFilter('Protected').uncheck();
  expect(new Set(await preview.outcomes())).toEqual(new Set(['expire']));
  const first = preview.rows.first();
  await first.focus();
  await expect(preview.why).toContainText('expired by rule 3: pushed');
  await page.keyboard.press('ArrowDown');
  await expect(preview.rows.nth(1)).toBeFocused();
  await preview.rows.nth(2).hover();
  // The row under the pointer: hovering may scroll the table under it.
  const hovered = page.locator(`[data-testid="${testIds.previewRow}"]:hover`);
  await expect(preview.why).toContainText((await hovered.getAttribute('title')) ?? 'no title');
  await preview.outcomeFilter('Protected').check();
  await preview.filterByTag('untagged');
  await expect(preview.rows.filter({ hasText: 'child of prod-' }).first()).toContainText(
    'referenced by the manifest list',
  );
});

test('adds and edits a sample image by hand, checked by the engine', async ({ designer, page }) => {
  const preview = new PreviewPage(page);
  await designer.openLink(encodeLink(design));
  await preview.setDate('2026-01-15');
  await preview.panel.getByRole('button', { name: 'Add image' }).click();
  await preview.panel.getByLabel('Tags (comma-separated)').fill('prod-hotfix, latest');
  await preview.panel.getByLabel('Pushed at', { exact: true }).fill('yesterday');
  await preview.panel.getByRole('button', { name: 'Add this image' }).click();
  await expect(preview.panel).toContainText('pushedAt: expected an ISO 8601 instant');
  await preview.panel.getByLabel('Pushed at', { exact: true }).fill('2026-01-10T08:00:00Z');
  await preview.panel.getByRole('button', { name: 'Add this image' }).click();
  await expect(preview.rows).toHaveCount(1);
  await expect(preview.rows.first()).toContainText('prod-hotfix, latest');
  await expect(preview.rows.first()).toContainText('Kept');
  await expect
    .poll(() => preview.counts())
    .toEqual(['expires 0 · keeps 1', 'expires 0', 'expires 0']);
});

test('images of the same time at a count limit are marked as a tie, and counted', async ({
  designer,
  page,
}) => {
  const preview = new PreviewPage(page);
  const at = (day: string) => `2026-01-${day}T08:00:00Z`;
  await designer.openLink(
    encodeLink({
      version: 1,
      repositories: [
        {
          id: 'Repository',
          lifecycleRules: [{ tagPrefixList: ['v'], maxImageCount: 2 }],
          sampleImages: [
            { digest: 'sha256:new', tags: ['v3'], pushedAt: at('12') },
            { digest: 'sha256:b', tags: ['v2'], pushedAt: at('10') },
            { digest: 'sha256:a', tags: ['v1'], pushedAt: at('10') },
          ],
        },
      ],
    }),
  );
  await preview.setDate('2026-01-15');
  await expect(preview.summary).toContainText('2 ties (same time at a count limit');
  await expect(preview.rows.filter({ hasText: 'tie' })).toHaveCount(2);
  await expect(preview.rows.filter({ hasText: 'v1' })).toContainText(
    'the preview keeps the lower digest',
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} theme: the lifecycle preview passes axe; screenshot kept`, async ({
    designer,
    page,
  }, testInfo) => {
    const preview = new PreviewPage(page);
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await designer.openLink(encodeLink(design));
    await preview.generate({ 'Days of history': '30' });
    await preview.rows.first().focus();
    const results = await new AxeBuilder({ page })
      .include('[data-testid="lifecycle-preview"]')
      .include('[data-testid="rule-list"]')
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
    await preview.panel.screenshot({ path: testInfo.outputPath(`${colorScheme}-preview.png`) });
  });
}

test('the sample images are part of the design: they travel in the share link', async ({
  designer,
  page,
}) => {
  const preview = new PreviewPage(page);
  await designer.openLink(encodeLink(design));
  const before = designer.fragment();
  await preview.generate({ 'Days of history': '5' });
  await designer.waitForSaved(before);
  const decoded = decodeLink(designer.fragment());
  expect(decoded.ok && decoded.design.repositories[0]?.sampleImages?.length).toBe(5 * 22);
  await designer.openLink(designer.fragment());
  await expect(preview.summary).toContainText('110 images');
});
