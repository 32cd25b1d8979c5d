import AxeBuilder from '@axe-core/playwright';
import { type Design, encodeLink, render } from '../engine/index';
import { loadFixture } from '../oracle/fixtures';
import { expect, test } from './fixtures';
import type { DesignerPage } from './pages/DesignerPage';
import { EntitiesPage } from './pages/EntitiesPage';

async function expectOutputsOf(designer: DesignerPage, design: Design): Promise<void> {
  const expected = render(design);
  expect(expected.findings).toEqual([]);
  await expect(designer.outputStatus).toHaveText('Up to date');
  await designer.expectOutput('cfn-json', expected.cfnJson!);
  await designer.expectOutput('cfn-yaml', expected.cfnYaml!);
  await designer.expectOutput('cdk-ts', expected.cdkTypescript);
  await designer.expectOutput('cdk-py', expected.cdkPython);
}

test('builds the seed grant example: an IAM user granted ecr.AuthorizationToken.grantRead', async ({
  designer,
  page,
}) => {
  const entities = new EntitiesPage(page);
  await designer.goto();
  await designer.newDesign();
  await designer.addRepository();
  await entities.add('principal');
  await expect(entities.card('Principal User').getByLabel('Type')).toHaveValue('User');
  await entities.grantCell('User: ecr.AuthorizationToken.grantRead').check();
  await expectOutputsOf(designer, loadFixture('entities/seed-auth-token.json'));

  // A rename carries the grant along; undo brings the old name and the grant back.
  await entities.card('Principal User').getByLabel('Id', { exact: true }).fill('CiUser');
  await expect(entities.grantCell('CiUser: ecr.AuthorizationToken.grantRead')).toBeChecked();
  await designer.undo();
  await expect(entities.grantCell('User: ecr.AuthorizationToken.grantRead')).toBeChecked();
  await expectOutputsOf(designer, loadFixture('entities/seed-auth-token.json'));
});

test('builds the seed scan-event example: onImageScanCompleted with an SNS topic target', async ({
  designer,
  page,
}) => {
  const entities = new EntitiesPage(page);
  await designer.goto();
  await designer.newDesign();
  await designer.addRepository();
  await designer.choose('Scan on push', 'On');
  await entities.add('topic');
  await entities.addEventRule();
  const rule = entities.eventRule('ImageScanComplete');
  await expect(rule.getByLabel('Method')).toHaveValue('onImageScanCompleted');
  await rule.getByRole('button', { name: 'Add target to ImageScanComplete' }).click();
  await expect(rule.getByLabel('Target 1', { exact: true })).toHaveValue('topic:Topic');
  await expectOutputsOf(designer, loadFixture('entities/seed-scan-event.json'));
});

test('deleting a referenced topic lists the reference and removes it with consent', async ({
  designer,
  page,
}) => {
  const entities = new EntitiesPage(page);
  await designer.openLink(encodeLink(loadFixture('entities/seed-scan-event.json')));
  await entities.delete('topic', 'Topic');
  await entities.expectDialogListing([
    'Repository Repository, event rule ImageScanComplete: target',
  ]);
  await entities.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(entities.dialog).toBeHidden();
  await expect(entities.card('Topic Topic')).toBeVisible();

  await entities.delete('topic', 'Topic');
  await entities.dialog.getByRole('button', { name: 'Delete and remove the reference' }).click();
  await expect(entities.card('Topic Topic')).toHaveCount(0);
  await expect(
    entities.eventRule('ImageScanComplete').getByLabel('Target 1', { exact: true }),
  ).toHaveCount(0);
  await designer.undo();
  await expect(
    entities.eventRule('ImageScanComplete').getByLabel('Target 1', { exact: true }),
  ).toHaveValue('topic:Topic');
});

test('deleting the only principal of a policy statement is refused with the reason', async ({
  designer,
  page,
}) => {
  const entities = new EntitiesPage(page);
  await designer.openLink(encodeLink(loadFixture('entities/resource-policy.json')));
  await entities.delete('principal', 'Anyone');
  await entities.expectDialogListing([
    'Repository Repository, resource policy statement 1: principal',
  ]);
  await expect(entities.dialog.getByRole('alert')).toContainText(
    'statement 1 has no other principal',
  );
  await expect(entities.dialog.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
  await entities.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(entities.card('Principal Anyone')).toBeVisible();

  // Nothing refers to DeployRole: it goes at once.
  await entities.delete('principal', 'DeployRole');
  await expect(entities.card('Principal DeployRole')).toHaveCount(0);
  await expect(entities.dialog).toHaveCount(0);
});

test('shows findings at entity fields and validates condition JSON as it is typed', async ({
  designer,
  page,
}) => {
  const entities = new EntitiesPage(page);
  await designer.openLink(encodeLink(loadFixture('entities/resource-policy.json')));
  const accountId = entities.card('Principal Partner').getByLabel('Account id');
  await accountId.fill('12');
  await expect(designer.findingsAt(accountId)).toContainText(['must be a 12-digit account id']);
  await accountId.fill('210987654321');
  await expect(designer.findingsAt(accountId)).toHaveCount(0);

  const conditions = page
    .getByRole('group', { name: 'Statement 1' })
    .getByLabel('Conditions (JSON)');
  await conditions.fill('{ "StringEquals": ');
  await expect(conditions).toHaveAttribute('aria-invalid', 'true');
  await conditions.fill('{ "StringEquals": { "aws:PrincipalAccount": "123456789012" } }');
  await expect(conditions).toHaveAttribute('aria-invalid', 'false');
  await expect
    .poll(() => designer.outputText('cfn-json'))
    .toContain('"aws:PrincipalAccount": "123456789012"');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} theme: the entity sections pass axe; screenshots kept`, async ({
    designer,
    page,
  }, testInfo) => {
    const entities = new EntitiesPage(page);
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await designer.openLink(encodeLink(loadFixture('entities/every-entity.json')));
    await expect(entities.panel).toBeVisible();
    await expect(entities.repositorySections).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('[data-testid="entities-panel"]')
      .include('#section-repository')
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
    await entities.repositorySections.screenshot({
      path: testInfo.outputPath(`${colorScheme}-repository-entities.png`),
    });
    await entities.panel.screenshot({ path: testInfo.outputPath(`${colorScheme}-entities.png`) });

    await entities.delete('key', 'Key');
    await entities.expectDialogListing(['Repository Repository: encryption key']);
    const dialogResults = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(
      dialogResults.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    ).toEqual([]);
  });
}
