/** The design pane at a glance (1440 × 900): sections to jump between, the lifecycle first. */
import { loadFixture } from '../oracle/fixtures';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

test('the lifecycle rules are in view on load, and the section links count findings', async ({
  designer,
  page,
}) => {
  await designer.goto();
  const firstCard = await designer.card(0).boundingBox();
  expect(firstCard!.y).toBeLessThan(900);
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await expect(sections.getByRole('link')).toHaveText([
    'Lifecycle',
    'Repository',
    'Registry',
    'Access',
    'Events',
    'Keys and principals',
    'Outputs',
  ]);

  await designer.openRule(1);
  await designer.card(1).getByRole('button', { name: 'Duplicate rule 2' }).click();
  await expect(sections.getByRole('link', { name: 'Lifecycle: 1 finding' })).toBeVisible();
  await designer.field('Repository name').fill('Not A Valid Name');
  await expect(sections.getByRole('link', { name: /^Repository: \d+ findings?$/ })).toBeVisible();

  await sections.getByRole('link', { name: 'Keys and principals' }).click();
  const heading = page.getByRole('heading', { name: 'Keys and principals' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await sections.getByRole('link', { name: /^Repository/ }).click();
  await expect(page.getByRole('heading', { name: /^Repository Repository/ })).toBeFocused();
  expect(new URL(page.url()).hash).not.toContain('section');
});

test('preview reasons are whole at 1440 px, and the focused row’s explanation stays in view', async ({
  designer,
  page,
}) => {
  const design = loadFixture('seed-example.json');
  design.repositories[0]!.sampleImages = Array.from({ length: 40 }, (_, i) => ({
    digest: `sha256:${i.toString(16).padStart(64, 'b')}`,
    tags: i % 4 === 0 ? [] : [i % 3 === 0 ? `prod-${i}` : `sha-${i}`],
    pushedAt: new Date(Date.UTC(2026, 0, 1 + i * 5)).toISOString(),
  }));
  await designer.openDesignFile(design);
  const reasons = page.getByTestId('preview-reason');
  await expect(reasons.first()).toBeVisible();
  const clipped = await page.evaluate<number>(
    `[...document.querySelectorAll('[data-testid="preview-reason"]')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1).length`,
  );
  expect(clipped).toBe(0);
  const last = page.getByTestId('lifecycle-preview').locator('tr.preview-row').last();
  await last.focus();
  await last.scrollIntoViewIfNeeded();
  const why = page.getByTestId('preview-why');
  await expect(why).toBeInViewport();
  await expect(why).toContainText((await last.getByTestId('preview-reason').textContent()) ?? '');
});
