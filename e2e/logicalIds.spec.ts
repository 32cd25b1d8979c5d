import { readFileSync } from 'node:fs';
import { importText, render } from '../engine/index';
import { expect, test } from './fixtures';
import { EntitiesPage } from './pages/EntitiesPage';

const handWritten = readFileSync(
  new URL('../engine/fixtures/templates/hand-written-registry.yaml', import.meta.url),
  'utf8',
);

test('a kept logical ID set in the form reaches the template and the TypeScript', async ({
  designer,
}) => {
  await designer.goto();
  const logicalId = designer.field('Logical ID (kept)');
  await expect(logicalId).toHaveAccessibleDescription(/Changing it replaces the repository/);
  await logicalId.fill('EcrRepository');
  await designer.field('DeletionPolicy').selectOption('RETAIN');
  await designer.field('UpdateReplacePolicy').selectOption('NONE');

  await designer.selectTab('cfn-json');
  await expect(designer.page.getByTestId('output-text')).toContainText('"EcrRepository": {');
  await expect(designer.page.getByTestId('output-text')).not.toContainText('UpdateReplacePolicy');
  const typescript = await designer.outputText('cdk-ts');
  expect(typescript).toContain(
    "(repository.node.defaultChild as ecr.CfnRepository).overrideLogicalId('EcrRepository');",
  );
  expect(typescript).toContain("addDeletionOverride('UpdateReplacePolicy');");
});

test('a hand-written template imports with its logical IDs kept', async ({ designer }) => {
  const { design, findings } = importText(handWritten);
  expect(findings.some((f) => f.code === 'logical-id-changes')).toBe(false);
  await designer.goto();
  await designer.openImport();
  await designer.pasteForImport(handWritten);
  const report = designer.importDialog.getByTestId('import-report');
  await expect(report).toContainText('Reads as 3 repositories');
  await expect(report).not.toContainText('replaces the resource');
  await designer.importDialog.getByRole('button', { name: 'Replace the design' }).click();
  await expect(designer.importDialog).toHaveCount(0);

  await expect(designer.field('Logical ID (kept)')).toHaveValue('EcrRepository');
  await designer.expectOutput('cfn-json', render(design!).cfnJson!);
});

test('a user and an event rule keep the logical IDs set on their cards', async ({
  designer,
  page,
}) => {
  const entities = new EntitiesPage(page);
  await designer.goto();
  await designer.newDesign();
  await designer.addRepository();
  await entities.add('principal');
  const user = entities.card('Principal User').getByLabel('Logical ID (kept)');
  await expect(user).toHaveAccessibleDescription(/Changing it replaces the user/);
  await user.fill('BuildUser');
  await entities.grantCell('User: ecr.AuthorizationToken.grantRead').check();
  await entities.addEventRule();
  const rule = entities.eventRule('ImageScanComplete').getByLabel('Logical ID (kept)');
  await expect(rule).toHaveAccessibleDescription(/Changing it replaces the rule/);
  await rule.fill('scan-rule');
  // CDK's own text, at the field.
  await expect(entities.eventRule('ImageScanComplete')).toContainText(
    "Logical ID 'scan-rule' must be alphanumeric (A-Za-z0-9)",
  );
  await rule.fill('ScanRule');

  await designer.selectTab('cfn-json');
  await expect(designer.page.getByTestId('output-text')).toContainText('"BuildUser": {');
  await expect(designer.page.getByTestId('output-text')).toContainText('"ScanRule": {');
  const typescript = await designer.outputText('cdk-ts');
  expect(typescript).toContain(
    "(user.node.defaultChild as iam.CfnUser).overrideLogicalId('BuildUser');",
  );
  expect(typescript).toContain(
    "(imageScanComplete.node.defaultChild as events.CfnRule).overrideLogicalId('ScanRule');",
  );
});
