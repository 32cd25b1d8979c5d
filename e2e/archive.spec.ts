import { type Design, render } from '../engine/index';
import { expect, test } from './fixtures';

test('an archive-era rule is built with the form and written through the escape hatch', async ({
  designer,
  page,
}) => {
  const expected: Design = {
    version: 1,
    repositories: [
      {
        id: 'Repository',
        lifecycleRules: [
          { tagStatus: 'UNTAGGED', action: 'TRANSITION', maxDaysSinceImagePulled: 90 },
        ],
      },
    ],
  };
  await designer.goto();
  await designer.newDesign();
  await designer.addRepository();
  await designer.addRule();
  await designer.cardField(0, 'Expire after (days)').fill('');
  await page.getByText('Archive storage (ECR 2025 rules)').first().click();
  await designer.cardField(0, 'Action').selectOption('TRANSITION');
  await designer.cardField(0, 'Not pulled for (days)').fill('90');

  await expect(designer.outputStatus).toHaveText('Up to date');
  expect(await designer.summaries()).toEqual([
    'untagged images · archive those not pulled for 90 days',
  ]);
  const result = render(expected);
  await designer.expectOutput('cdk-ts', result.cdkTypescript);
  await designer.expectOutput('cfn-json', result.cfnJson!);
  await designer.expectOutput('lifecycle-json', result.repositories[0]!.lifecyclePolicyJson!);
});
