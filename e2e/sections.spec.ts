/** The design pane at a glance (1440 × 900): sections to jump between, the lifecycle first. */
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
    'Access',
    'Events',
    'Keys and principals',
  ]);

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
