import AxeBuilder from '@axe-core/playwright';
import { importText, render } from '../engine/index';
import { expect, test } from './fixtures';

test('add an output and a stack description: both reach the CloudFormation, TypeScript and Python', async ({
  designer,
  page,
}) => {
  await designer.goto();
  await page.getByLabel('Stack description', { exact: true }).fill('Images of the web team');
  const outputs = page.getByRole('region', { name: 'Stack outputs' });
  await outputs.getByRole('button', { name: 'Add output' }).click();
  const card = page.getByTestId('output-card');
  await card.getByLabel('Construct id', { exact: true }).fill('WebUri');
  await card.getByLabel('Export name', { exact: true }).fill('web-uri');
  await card.getByLabel('Description', { exact: true }).fill('Push here');

  const yaml = await designer.outputText('cfn-yaml');
  expect(yaml).toContain('Description: Images of the web team');
  expect(yaml).toMatch(/Outputs:\n {2}WebUri:\n {4}Description: Push here\n {4}Value:/);
  expect(yaml).toContain('Name: web-uri');
  const typescript = await designer.outputText('cdk-ts');
  expect(typescript).toContain("this.templateOptions.description = 'Images of the web team';");
  expect(typescript).toMatch(/new CfnOutput\(this, 'WebUri', \{[\s\S]*value: \w+\.repositoryUri/);
  const python = await designer.outputText('cdk-py');
  expect(python).toContain('self.template_options.description = "Images of the web team"');
  expect(python).toMatch(/CfnOutput\(self, "WebUri",[\s\S]*export_name="web-uri"/);

  await card.getByRole('button', { name: 'Remove output WebUri' }).click();
  await expect(card).toHaveCount(0);
  expect(await designer.outputText('cfn-yaml')).not.toContain('Outputs:');
});

test('import a template with Outputs and a Description: they round-trip', async ({ designer }) => {
  const template = {
    Description: 'Imported stack',
    Resources: {
      Repo02AC86CF: {
        Type: 'AWS::ECR::Repository',
        UpdateReplacePolicy: 'Retain',
        DeletionPolicy: 'Retain',
      },
    },
    Outputs: {
      RepoArn: { Value: { 'Fn::GetAtt': ['Repo02AC86CF', 'Arn'] }, Export: { Name: 'repo-arn' } },
    },
  };
  const design = importText(JSON.stringify(template)).design!;
  expect(design.stackDescription).toBe('Imported stack');
  await designer.goto();
  await designer.openImport();
  await designer.pasteForImport(JSON.stringify(template));
  await designer.importDialog.getByRole('button', { name: 'Replace the design' }).click();
  await expect(designer.page.getByLabel('Stack description', { exact: true })).toHaveValue(
    'Imported stack',
  );
  await expect(designer.page.getByTestId('output-card')).toHaveCount(1);
  await designer.expectOutput('cfn-json', render(design).cfnJson!);
  expect(await designer.outputText('cfn-json')).toContain('"Name": "repo-arn"');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} theme: an output is added from the keyboard, its card takes the focus and passes axe`, async ({
    designer,
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await designer.goto();
    const outputs = page.getByRole('region', { name: 'Stack outputs' });
    await outputs.getByRole('button', { name: 'Add output' }).focus();
    await page.keyboard.press('Enter');
    const card = page.getByTestId('output-card');
    await expect(card).toHaveCount(1);
    await expect(card.locator('input, select, textarea').first()).toBeFocused();
    const results = await new AxeBuilder({ page }).include('#section-outputs').analyze();
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}
