import { render } from '../engine/index';
import { loadFixture } from '../oracle/fixtures';
import { expect, test } from './fixtures';

test('the built page loads and shows the rendered template of the example design', async ({
  designer,
}) => {
  const seed = loadFixture('seed-example.json');
  await designer.goto();
  await designer.expectOutput('cfn-json', render(seed).cfnJson!);
  await expect(designer.outputStatus).toHaveText('Up to date');
});
