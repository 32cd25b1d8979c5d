import { render } from '../engine/index';
import { loadFixture } from '../oracle/fixtures';
import { expect, test } from './fixtures';

/** The rule cards' summaries: the seed's two rules and the untagged rule added between them. */
const [prod, untagged, anyImage] = [
  'images tagged prod* · keep the 9999 newest · expire the rest',
  'untagged images · expire those pushed more than 14 days ago',
  'all images · expire those pushed more than 30 days ago',
];
const seedRules = [prod, anyImage];
const threeRules = [prod, untagged, anyImage];
const untaggedFirst = [untagged, prod, anyImage];

test('builds the seed design from an empty page with the UI alone', async ({ designer }) => {
  const expected = render(loadFixture('seed-example.json'));
  await designer.goto();
  await designer.newDesign();
  await designer.addRepository();
  await designer.field('Repository name').fill('my-app');
  await designer.choose('Scan on push', 'On');
  await designer.field('Tag mutability').selectOption('IMMUTABLE');
  await designer.field('Encryption').selectOption('KMS');

  await designer.addRule();
  await designer.cardField(0, 'Description').fill('keep prod images');
  await designer
    .cardField(0, 'Tag status')
    .selectOption({ label: 'Default (TAGGED with a tag list, else ANY)' });
  await designer.addChip(designer.cardField(0, 'Tag prefixes'), 'prod');
  await designer.cardField(0, 'Expire after (days)').fill('');
  await designer.cardField(0, 'Keep newest (image count)').fill('9999');

  await designer.addRule();
  await designer.cardField(1, 'Description').fill('expire after 30 days');
  await designer
    .cardField(1, 'Tag status')
    .selectOption({ label: 'Default (TAGGED with a tag list, else ANY)' });
  await designer.cardField(1, 'Expire after (days)').fill('30');

  await expect(designer.outputStatus).toHaveText('Up to date');
  expect(await designer.priorities()).toEqual(['priority 1 · automatic', 'priority 2 · automatic']);
  expect(await designer.summaries()).toEqual(seedRules);
  await designer.expectOutput('cfn-json', expected.cfnJson!);
  await designer.expectOutput('cfn-yaml', expected.cfnYaml!);
  await designer.expectOutput('cdk-ts', expected.cdkTypescript);
  await designer.expectOutput('lifecycle-json', expected.repositories[0]!.lifecyclePolicyJson!);
});

async function prepareThreeRules(designer: import('./pages/DesignerPage').DesignerPage) {
  await designer.goto();
  await designer.addRule();
  expect(await designer.summaries()).toEqual(threeRules);
}

async function policyRules(designer: import('./pages/DesignerPage').DesignerPage) {
  const policy = JSON.parse(await designer.outputText('lifecycle-json')) as {
    rules: { rulePriority: number; selection: { tagStatus: string } }[];
  };
  return policy.rules.map((r) => `${r.rulePriority}:${r.selection.tagStatus}`);
}

test('reorders rules with the mouse; priorities on cards and in the policy follow', async ({
  designer,
}) => {
  await prepareThreeRules(designer);
  await designer.dragRuleWithMouse(1, 0);
  await expect.poll(() => designer.summaries()).toEqual(untaggedFirst);
  expect(await designer.priorities()).toEqual([
    'priority 1 · automatic',
    'priority 2 · automatic',
    'priority 3 · automatic',
  ]);
  expect(await policyRules(designer)).toEqual(['1:untagged', '2:tagged', '3:any']);
});

test('reorders rules with the keyboard, keeps explicit priorities in card order', async ({
  designer,
}) => {
  await prepareThreeRules(designer);
  await designer.openRule(0);
  await designer.cardField(0, 'Rule priority').fill('10');
  await designer.cardField(0, 'Rule priority').press('Enter');
  await expect(designer.card(0).getByTestId('rule-priority')).toHaveText('priority 10 · explicit');
  await designer.dragRuleWithKeyboard(1, -1);
  await expect.poll(() => designer.summaries()).toEqual(untaggedFirst);
  expect(await designer.priorities()).toEqual([
    'priority 1 · explicit',
    'priority 2 · explicit',
    'priority 3 · automatic',
  ]);
  await expect(designer.page.getByTestId('notice')).toContainText(
    'Priorities renumbered so that ECR, which applies rules by priority, follows the cards’ order: automatic → 1, 10 → 2.',
  );
  await expect(designer.card(0).getByTestId('rule-handle')).toBeFocused();
  await designer.openRule(0);
  await expect(designer.cardField(0, 'Rule priority')).toHaveValue('1');
  expect(await policyRules(designer)).toEqual(['1:untagged', '2:tagged', '3:any']);

  await designer.dragRuleWithKeyboard(0, 1);
  await expect.poll(() => designer.summaries()).toEqual(threeRules);
  expect(await policyRules(designer)).toEqual(['1:tagged', '2:untagged', '3:any']);
});

test('an explicit priority commits on Enter or blur, not per keystroke; focus follows the card', async ({
  designer,
}) => {
  await prepareThreeRules(designer);
  const field = designer.cardField(1, 'Rule priority');
  await field.pressSequentially('1');
  await expect(field).toHaveValue('1');
  expect(await designer.summaries()).toEqual(threeRules);
  await field.press('Enter');
  await expect.poll(() => designer.summaries()).toEqual(untaggedFirst);
  await expect(designer.cardField(0, 'Rule priority')).toBeFocused();
  await expect(designer.cardField(0, 'Rule priority')).toHaveValue('1');

  await designer.cardField(0, 'Rule priority').fill('50');
  expect(await designer.summaries()).toEqual(untaggedFirst);
  await designer.field('Repository name').focus();
  await expect.poll(() => designer.priorities()).toContain('priority 50 · explicit');
});

test('the rule that selects any image stays last', async ({ designer }) => {
  await prepareThreeRules(designer);
  await expect(designer.card(2).getByTestId('rule-handle')).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(designer.card(2)).toContainText('stays last');
  await designer.openRule(2);
  await expect(designer.card(2)).toContainText('it always stays last');
  await designer.dragRuleWithMouse(0, 2);
  await expect.poll(() => designer.summaries()).toEqual(untaggedFirst);
});

test('a deleted rule can be restored from a toast that covers nothing', async ({ designer }) => {
  await designer.goto();
  await designer.openRule(0);
  await designer.card(0).getByRole('button', { name: 'Delete rule 1' }).click();
  await expect(designer.ruleCards).toHaveCount(1);
  // In the header's own row: above the panes, over no control.
  const toast = await designer.page.getByTestId('undo-toast').boundingBox();
  const panes = await designer.page.locator('.app-main').boundingBox();
  expect(toast!.y + toast!.height).toBeLessThanOrEqual(panes!.y);
  await designer.page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(designer.ruleCards).toHaveCount(2);
  expect(await designer.summaries()).toEqual(seedRules);
});
