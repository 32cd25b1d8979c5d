import AxeBuilder from '@axe-core/playwright';
import { generateImages } from '../app/preview/generateImages';
import { defaultGeneratorSpec } from '../app/preview/generatorSpec';
import { instantOfDate, todayDate } from '../app/preview/previewTime';
import { countByRule, describeCounts } from '../app/preview/ruleCounts';
import { testIds } from '../app/testIds';
import {
  type Design,
  decodeLink,
  encodeLink,
  ruleOutcomeCounts,
  type SampleImage,
  simulateRepository,
} from '../engine/index';
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

type Rules = NonNullable<Design['repositories'][number]['lifecycleRules']>;

/** The count line of each rule card, as the engine computes it for `rules` over `images`. */
function engineCounts(rules: Rules, images: SampleImage[], now: number): string[] {
  const repository = { ...design.repositories[0]!, lifecycleRules: rules, sampleImages: images };
  const result = simulateRepository({ version: 1, repositories: [repository] }, 0, now);
  if (!result.ok) throw new Error(result.message);
  const counts = countByRule(ruleOutcomeCounts(result.outcomes));
  return rules.map((_, i) => describeCounts(counts.get(i + 1)));
}

test('generate a sample set, reorder rules: outcomes and counts change; undo removes the set', async ({
  designer,
  page,
}) => {
  const preview = new PreviewPage(page);
  // What the form generates with its defaults for that day (the generator is deterministic).
  const now = instantOfDate('2026-01-15');
  const images = generateImages(defaultGeneratorSpec, now);
  const rules = design.repositories[0]!.lifecycleRules!;
  const counts = engineCounts(rules, images, now);
  const reordered = engineCounts([rules[1]!, rules[0]!, rules[2]!], images, now);
  // The set gives each rule something to show, or the counts below would prove little.
  expect(counts[0]).toMatch(/^expires 0 · keeps [1-9]\d* · protects [1-9]/);
  expect(counts.slice(1)).toEqual([
    expect.stringMatching(/^expires [1-9]/),
    expect.stringMatching(/^expires [1-9]/),
  ]);
  expect(reordered[0]).toMatch(/^expires [1-9]\d* · keeps 100$/);

  await designer.openLink(encodeLink(design));
  await preview.setDate('2026-01-15');
  await expect(preview.panel).toContainText('No images yet');
  await preview.generate();
  await expect(preview.summary).toContainText(`${images.length} images`);
  await expect.poll(() => preview.counts()).toEqual(counts);

  // Prod releases: the first rule claims them, so the count rule cannot expire them.
  await preview.filterByTag('prod-');
  await expect(preview.rows).toHaveCount(
    images.filter((i) => i.tags.some((t) => t.startsWith('prod-'))).length,
  );
  expect(new Set(await preview.outcomes())).toEqual(new Set(['keep', 'protected']));
  await expect(preview.rows.last()).toContainText('Protected');
  await expect(preview.rows.last()).toContainText(
    'protected: its tags match rule 1, so rule 2 cannot act on it',
  );

  // Reorder: "keep 100 tagged" first now counts and expires old releases too.
  await designer.dragRuleWithKeyboard(1, -1);
  await expect.poll(() => preview.counts()).toEqual(reordered);
  await expect(preview.rows.last()).toContainText('Expires · rule 1');
  expect(new Set(await preview.outcomes())).toEqual(new Set(['keep', 'expire']));

  await designer.undo();
  await expect.poll(() => preview.counts()).toEqual(counts);
  await designer.undo();
  await expect(preview.panel).toContainText('No images yet');
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
  await designer.openDesignFile({
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
  });
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

test('the sample images stay with the design and this browser, not the share link', async ({
  designer,
  page,
}) => {
  const preview = new PreviewPage(page);
  await designer.openLink(encodeLink(design));
  const link = designer.fragment();
  await preview.generate({ 'Days of history': '5' });
  // What the form generates for five days up to today's preview date.
  const generated = generateImages(
    { ...defaultGeneratorSpec, days: 5 },
    instantOfDate(todayDate()),
  );
  await expect(preview.summary).toContainText(`${generated.length} images`);
  await expect(preview.panel).toContainText('A share link carries the policy, not the images');
  await expect
    .poll(async () => (await designer.storedDesign())?.repositories[0]?.sampleImages?.length)
    .toBe(generated.length);
  // The images changed nothing a link carries: the address bar still holds the same link.
  expect(designer.fragment()).toBe(link);
  const decoded = decodeLink(designer.fragment());
  expect(decoded.ok && decoded.design.repositories[0]?.sampleImages).toBeUndefined();
  await page.reload();
  await expect(preview.summary).toContainText(`${generated.length} images`);
});
