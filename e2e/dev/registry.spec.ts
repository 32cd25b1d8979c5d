/**
 * The Registry section under React StrictMode (the dev server): effects run twice, so the
 * lazy section, its focus after an add and its rule cards must survive a second run.
 */
import { expect, test } from '../fixtures';
import { RegistryPage } from '../pages/RegistryPage';

test('the Registry section opens, adds a template with a rule, and the link holds them', async ({
  designer,
  page,
}) => {
  const registry = new RegistryPage(page);
  await designer.goto();
  await registry.open();
  await registry.add('Repository creation templates', 'Add creation template');
  const card = registry.card('Creation template CreationTemplate');
  await expect(card.getByLabel('Construct id', { exact: true })).toBeFocused();
  await card.getByRole('button', { name: 'Add rule' }).click();
  await expect(designer.ruleCards).toHaveCount(1);
  await registry.expectLinkedRegistry({
    creationTemplates: [
      {
        id: 'CreationTemplate',
        prefix: 'ROOT',
        appliedFor: ['PULL_THROUGH_CACHE'],
        lifecycleRules: [{ tagStatus: 'UNTAGGED', maxImageAgeDays: 14 }],
      },
    ],
  });
  await designer.undo();
  await expect(designer.ruleCards).toHaveCount(0);
});
