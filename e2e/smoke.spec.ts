import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseDesign, render } from '../engine/index';

test('the built page loads and shows the rendered template of the example design', async ({
  page,
}) => {
  const seed = parseDesign(JSON.parse(readFileSync('engine/fixtures/seed-example.json', 'utf8')));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'ECR Designer' })).toBeVisible();
  await expect(page.getByTestId('cfn-json')).toHaveText(render(seed.design!).cfnJson!.trimEnd());
});
