/**
 * The lifecycle preview of a creation template's rules (issue 17): opened from the template's
 * card in the Registry section, the same panel as a repository's, evaluating the template's
 * rules with the priorities its cards show; generated images, the counts on the template's
 * rule cards, a reorder, pasted describe-images output, axe.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { generateImages } from '../app/preview/generateImages';
import { defaultGeneratorSpec } from '../app/preview/generatorSpec';
import { instantOfDate } from '../app/preview/previewTime';
import { countByRule, describeCounts } from '../app/preview/ruleCounts';
import { testIds } from '../app/testIds';
import {
  type Design,
  encodeLink,
  type LifecycleRuleDesign,
  previewReport,
  ruleOutcomeCounts,
  type SampleImage,
  templateRulePriorities,
} from '../engine/index';
import { expect, test } from './fixtures';
import { PreviewPage } from './pages/PreviewPage';
import { RegistryPage } from './pages/RegistryPage';

const testdata = (name: string) =>
  readFileSync(new URL(`../engine/simulate/testdata/${name}`, import.meta.url), 'utf8');

const rules: LifecycleRuleDesign[] = [
  { description: 'keep prod', tagPrefixList: ['prod'], maxImageCount: 9999 },
  { description: 'keep 100 tagged', tagPatternList: ['*'], maxImageCount: 100 },
  { description: 'untagged', tagStatus: 'UNTAGGED', maxImageAgeDays: 14 },
];
const templateWith = (lifecycleRules: LifecycleRuleDesign[]): Design => ({
  version: 1,
  repositories: [{ id: 'Repository', lifecycleRules: [{ maxImageCount: 1 }] }],
  registry: {
    creationTemplates: [
      { id: 'Cache', prefix: 'docker-hub', appliedFor: ['PULL_THROUGH_CACHE'], lifecycleRules },
    ],
  },
});

/** The count line of each of the template's rule cards, as the engine computes it. */
function engineCounts(ruleList: LifecycleRuleDesign[], images: SampleImage[], now: number) {
  const design = templateWith(ruleList);
  const preview = previewReport({ design, repositoryIndex: 0, templateIndex: 0, images, now });
  if (!preview.ok) throw new Error(preview.message);
  const counts = countByRule(ruleOutcomeCounts(preview.details.outcomes));
  return templateRulePriorities(ruleList).map((p) => describeCounts(counts.get(p.rulePriority)));
}

async function openPreview(
  page: RegistryPage['page'],
  designer: { openLink: (l: string) => Promise<void> },
) {
  const registry = new RegistryPage(page);
  const preview = new PreviewPage(page);
  await designer.openLink(encodeLink(templateWith(rules)));
  await registry.open();
  const card = registry.card('Creation template Cache');
  await card.getByRole('button', { name: 'Preview lifecycle' }).click();
  await expect(preview.panel).toContainText('Lifecycle preview of Cache');
  await expect(page.getByTestId('template-preview-note')).toContainText('Assumed:');
  await preview.setDate('2026-01-15');
  return { registry, preview, card };
}

test('a template’s rules over generated images: expired count, card counts, a reorder', async ({
  designer,
  page,
}) => {
  const now = instantOfDate('2026-01-15');
  const images = generateImages(defaultGeneratorSpec, now);
  const counts = engineCounts(rules, images, now);
  const reordered = engineCounts([rules[1]!, rules[0]!, rules[2]!], images, now);
  expect(counts.slice(1)).toEqual([
    expect.stringMatching(/^expires [1-9]/),
    expect.stringMatching(/^expires [1-9]/),
  ]);
  expect(reordered).not.toEqual(counts);
  const { preview, card } = await openPreview(page, designer);
  await expect(preview.panel).toContainText('No images yet');
  await preview.generate();
  await expect(preview.summary).toContainText(`${images.length} images`);
  await expect.poll(() => preview.counts()).toEqual(counts);
  const expired = counts.reduce((n, line) => n + Number(/^expires (\d+)/.exec(line)![1]), 0);
  await expect(preview.summary).toContainText(`${expired}`);

  await designer.dragRuleWithKeyboard(1, -1);
  await expect.poll(() => preview.counts()).toEqual(reordered);
  await designer.undo();
  await expect.poll(() => preview.counts()).toEqual(counts);

  // Closed, the preview runs no more and the cards show no counts.
  await card.getByRole('button', { name: 'Hide lifecycle preview' }).click();
  await expect(preview.panel).toHaveCount(0);
  await expect(preview.ruleCounts).toHaveCount(0);
});

test('a template’s preview reads pasted describe-images output; passes axe', async ({
  designer,
  page,
}) => {
  const { preview } = await openPreview(page, designer);
  await preview.paste(
    testIds.previewImagesInput,
    testdata('describe-images-v2.json'),
    'Read images',
  );
  await expect(preview.summary).toContainText(/\d+ images/);
  await expect(preview.ruleCounts).toHaveCount(rules.length);
  const results = await new AxeBuilder({ page })
    .include('[data-testid="lifecycle-preview"]')
    .include('[data-testid="registry-section"]')
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
});
