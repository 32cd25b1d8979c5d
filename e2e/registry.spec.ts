/**
 * The Registry section (issue 17): each kind of registry entry added and edited through its
 * card, checked through the design the share link holds (the registry renders nothing yet on
 * this branch), a creation template's rule cards, findings at a field, reload, keyboard, axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Design, encodeLink } from '../engine/index';
import { expect, test } from './fixtures';
import { EntitiesPage } from './pages/EntitiesPage';
import { RegistryPage } from './pages/RegistryPage';

const withTemplate: Design = {
  version: 1,
  repositories: [{ id: 'Repository' }],
  registry: {
    creationTemplates: [
      {
        id: 'Cache',
        prefix: 'ecr-public',
        appliedFor: ['PULL_THROUGH_CACHE'],
        lifecycleRules: [
          { description: 'prod', tagPrefixList: ['prod'], maxImageCount: 50, rulePriority: 1 },
          { description: 'dev', tagPrefixList: ['dev'], maxImageCount: 5, rulePriority: 2 },
          { description: 'untagged', tagStatus: 'UNTAGGED', maxImageAgeDays: 7 },
        ],
      },
    ],
  },
};

test('adds each kind of registry entry and edits its fields; the link holds them', async ({
  designer,
  page,
}) => {
  const registry = new RegistryPage(page);
  const entities = new EntitiesPage(page);
  await designer.goto();
  await entities.add('key');
  await entities.add('principal');
  await entities.card('Principal User').getByLabel('Type').selectOption('Role');
  await registry.open();
  await expect(designer.repositoryForm).toHaveCount(0);

  await registry.add('Repository creation templates', 'Add creation template');
  const template = registry.card('Creation template CreationTemplate');
  await expect(template.getByLabel('Construct id', { exact: true })).toBeFocused();
  await template.getByLabel('Construct id', { exact: true }).fill('Root');
  const root = registry.card('Creation template Root');
  await root.getByLabel('Description', { exact: true }).fill('Everything else');
  await designer.addChip(root.getByLabel('Applied for', { exact: true }), 'REPLICATION');
  await root.getByLabel('Tag mutability', { exact: true }).selectOption('IMMUTABLE');
  await root.getByLabel('Encryption', { exact: true }).selectOption('KMS');
  await root.getByLabel('KMS key', { exact: true }).selectOption('Key');
  await root
    .getByLabel('Custom role ARN', { exact: true })
    .fill('arn:aws:iam::123456789012:role/ecr');
  await root.getByRole('button', { name: 'Add statement' }).click();
  await expect(root.getByLabel('Effect', { exact: true })).toBeFocused();

  await registry.add('Replication', 'Add replication rule');
  const replication = registry.card('Replication rule 1');
  await expect(replication.getByLabel('Destination 1 Region', { exact: true })).toBeFocused();
  await replication.getByLabel('Destination 1 Region', { exact: true }).fill('eu-west-1');
  await designer.addChip(replication.getByLabel('Repository prefixes', { exact: true }), 'prod');

  await registry.add('Pull-through cache rules', 'Add pull-through cache rule');
  const cache = registry.card('Pull-through cache rule PullThroughCache');
  await cache.getByLabel('Upstream registry', { exact: true }).selectOption('docker-hub');
  await cache.getByLabel('Upstream registry URL', { exact: true }).fill('registry-1.docker.io');

  await registry.add('Scanning', 'Add scanning rule');
  await registry.part('Scanning').getByLabel('Scan type', { exact: true }).selectOption('ENHANCED');
  await registry
    .card('Scanning rule 1')
    .getByLabel('Scan frequency', { exact: true })
    .selectOption('CONTINUOUS_SCAN');

  await registry.add('Signing', 'Add signing rule');
  await registry.add('Pull-time update exclusions', 'Add pull-time update exclusion');
  await registry
    .card('Pull-time update exclusion PullTimeExclusion')
    .getByLabel('Principal', { exact: true })
    .selectOption('User');
  await registry.add('Registry policy', 'Add statement');
  await expect(
    registry.part('Registry policy').getByLabel('Effect', { exact: true }),
  ).toBeFocused();

  await registry.expectLinkedRegistry({
    creationTemplates: [
      {
        id: 'Root',
        prefix: 'ROOT',
        appliedFor: ['PULL_THROUGH_CACHE', 'REPLICATION'],
        description: 'Everything else',
        imageTagMutability: 'IMMUTABLE',
        encryption: 'KMS',
        encryptionKey: 'Key',
        repositoryPolicy: [{ actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }],
        customRoleArn: 'arn:aws:iam::123456789012:role/ecr',
      },
    ],
    replication: {
      rules: [
        {
          destinations: [{ region: 'eu-west-1', registryId: '123456789012' }],
          repositoryFilters: ['prod'],
        },
      ],
    },
    pullThroughCacheRules: [
      {
        id: 'PullThroughCache',
        ecrRepositoryPrefix: 'ecr-public',
        upstreamRegistry: 'docker-hub',
        upstreamRegistryUrl: 'registry-1.docker.io',
      },
    ],
    scanning: {
      scanType: 'ENHANCED',
      rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: ['*'] }],
    },
    signing: {
      rules: [
        { signingProfileArn: 'arn:aws:signer:us-east-1:123456789012:/signing-profiles/profile' },
      ],
    },
    pullTimeUpdateExclusions: [{ id: 'PullTimeExclusion', principal: 'User' }],
    policy: {
      statements: [
        {
          actions: ['ecr:CreateRepository', 'ecr:ReplicateImage'],
          resources: ['arn:aws:ecr:us-east-1:123456789012:repository/*'],
        },
      ],
    },
  });

  // Duplicate puts the copy below its source and focuses it; undo takes it back.
  await root.getByRole('button', { name: 'Duplicate Creation template Root' }).click();
  const copy = registry.card('Creation template RootCopy');
  await expect(copy.getByLabel('Construct id', { exact: true })).toBeFocused();
  await expect(copy.getByLabel('Prefix', { exact: true })).toHaveValue('ROOT-copy');
  await designer.undo();
  await expect(copy).toHaveCount(0);

  // The design survives a reload (autosave and link), and the registry shows it again.
  await page.reload();
  await registry.open();
  await expect(root.getByLabel('Description', { exact: true })).toHaveValue('Everything else');
  await expect(
    registry.card('Replication rule 1').getByLabel('Destination 1 Region', { exact: true }),
  ).toHaveValue('eu-west-1');
  await expect(registry.part('Scanning').getByLabel('Scan type', { exact: true })).toHaveValue(
    'ENHANCED',
  );
});

test('a creation template’s rule cards: priorities, a keyboard reorder renumbers them, undo', async ({
  designer,
  page,
}) => {
  const registry = new RegistryPage(page);
  await designer.openLink(encodeLink(withTemplate));
  await registry.open();
  await expect(designer.ruleCards).toHaveCount(3);
  expect(await designer.priorities()).toEqual([
    'priority 1 · explicit',
    'priority 2 · explicit',
    'priority 3 · automatic',
  ]);
  expect(await designer.summaries()).toEqual([
    expect.stringContaining('prod'),
    expect.stringContaining('dev'),
    expect.stringContaining('untagged'),
  ]);
  await designer.dragRuleWithKeyboard(1, -1);
  await expect(designer.card(0)).toContainText('dev');
  expect(await designer.priorities()).toEqual([
    'priority 1 · explicit',
    'priority 2 · explicit',
    'priority 3 · automatic',
  ]);
  await registry.expectLinkedRegistry({
    creationTemplates: [
      {
        ...withTemplate.registry!.creationTemplates![0]!,
        lifecycleRules: [
          { description: 'dev', tagPrefixList: ['dev'], maxImageCount: 5, rulePriority: 1 },
          { description: 'prod', tagPrefixList: ['prod'], maxImageCount: 50, rulePriority: 2 },
          { description: 'untagged', tagStatus: 'UNTAGGED', maxImageAgeDays: 7 },
        ],
      },
    ],
  });
  await designer.undo();
  await expect(designer.card(0)).toContainText('prod');
  await registry.expectLinkedRegistry(withTemplate.registry);
});

test('findings show at the field: an emptied construct id', async ({ designer, page }) => {
  const registry = new RegistryPage(page);
  await designer.openLink(encodeLink(withTemplate));
  await registry.open();
  // The card's legend follows its id, which is emptied here: find the card by its place.
  const card = registry.section.getByTestId('registry-card').first();
  const id = card.getByLabel('Construct id', { exact: true });
  await id.fill('');
  await expect(designer.findingsAt(id)).toContainText(['must have at least 1 characters']);
  await expect(registry.entry).toContainText('1');
  await id.fill('Cache');
  await expect(designer.findingsAt(id)).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} theme: the Registry section by keyboard only, and it passes axe`, async ({
    designer,
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await designer.openLink(encodeLink(withTemplate));
    const link = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', {
      name: 'Registry',
    });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Registry', exact: true })).toBeFocused();
    // Tab reaches Add creation template; Enter adds a card and focuses its first field.
    const add = page.getByRole('button', { name: 'Add creation template' });
    for (
      let i = 0;
      i < 40 && !(await add.evaluate((b) => b === b.ownerDocument.activeElement));
      i++
    )
      await page.keyboard.press('Tab');
    await expect(add).toBeFocused();
    await page.keyboard.press('Enter');
    const card = new RegistryPage(page).card('Creation template CreationTemplate');
    await expect(card.getByLabel('Construct id', { exact: true })).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Team');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(
      new RegistryPage(page).card('Creation template Team').getByLabel('Prefix', { exact: true }),
    ).toBeFocused();
    const results = await new AxeBuilder({ page }).include('#section-registry').analyze();
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    // Back to the repository: its panel returns, the registry leaves the page.
    await page
      .getByRole('button', { name: /^Repository/ })
      .first()
      .click();
    await expect(designer.repositoryForm).toBeVisible();
    await expect(page.getByTestId('registry-section')).toHaveCount(0);
  });
}

test('which registry rules apply to a name: the most specific template, then ROOT', async ({
  designer,
  page,
}) => {
  const registry = new RegistryPage(page);
  await designer.openLink(encodeLink(withTemplate));
  await registry.open();
  const panel = page.getByRole('region', { name: 'Which registry rules apply to a name' });
  const name = panel.getByLabel('Repository name', { exact: true });
  await name.fill('ecr-public/nginx/nginx');
  await expect(panel.getByRole('status')).toHaveText(
    'Showing the rules for ecr-public/nginx/nginx.',
  );
  await expect(panel).toContainText('template Cache (prefix ecr-public)');
  await expect(panel).toContainText('3 lifecycle rules');
  await name.fill('other/app');
  await expect(panel).toContainText('no template: ECR’s defaults');
  await expect(panel).not.toContainText('template Cache');
});
