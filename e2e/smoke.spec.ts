import { readFileSync } from 'node:fs';
import { parseDesign, render } from '../engine/index';
import { expect, test } from './fixtures';

test('the built page loads and shows the rendered template of the example design', async ({
  designer,
}) => {
  const seed = parseDesign(JSON.parse(readFileSync('engine/fixtures/seed-example.json', 'utf8')));
  await designer.goto();
  await designer.expectOutput('cfn-json', render(seed.design!).cfnJson!);
  await expect(designer.outputStatus).toHaveText('Up to date');
});
