import { formatPath, importText, render } from '../engine/index';
import { loadFixture } from '../oracle/fixtures';
import { expect, test } from './fixtures';

for (const format of ['cfnYaml', 'cfnJson'] as const) {
  test(`paste a CDK-synthesized template (${format}): the design appears in the form, undoably`, async ({
    designer,
  }) => {
    const template = render(loadFixture('several-repositories.json'))[format]!;
    // What the template should read as is the engine's business (importTemplate tests): here
    // it must reach the form and the outputs unchanged.
    const design = importText(template).design!;
    await designer.goto();
    await designer.openImport();
    await designer.pasteForImport(template);
    const ids = design.repositories.map((r) => r.id);
    const report = designer.importDialog.getByTestId('import-report');
    await expect(report).toContainText(`Reads as ${ids.length} repositories: ${ids.join(', ')}.`);
    for (const finding of importText(template).findings) {
      await expect(report).toContainText(`${formatPath(finding.path)}: ${finding.message}`);
    }
    await designer.importDialog.getByRole('button', { name: 'Replace the design' }).click();
    await expect(designer.importDialog).toHaveCount(0);

    expect(await designer.repositoryIds()).toEqual(ids);
    const first = design.repositories[0]!;
    await expect(designer.field('Construct id')).toHaveValue(first.id);
    await expect(designer.field('Repository name')).toHaveValue(first.repositoryName ?? '');
    await designer.expectOutput('cfn-json', render(design).cfnJson!);

    await designer.undo();
    await expect(designer.field('Repository name')).toHaveValue('my-app');
  });
}

test('import warnings are shown as text with their paths; bad input is explained', async ({
  designer,
}) => {
  await designer.goto();
  await designer.openImport();
  const template = {
    Resources: {
      Repo: { Type: 'AWS::ECR::Repository', Properties: { RepositoryName: 'imported' } },
      Bucket: { Type: 'AWS::S3::Bucket' },
    },
    Outputs: { Name: { Value: '<script>alert(1)</script>' } },
  };
  await designer.pasteForImport(JSON.stringify(template));
  const report = designer.importDialog.getByTestId('import-report');
  await expect(report).toContainText(
    'Resources.Bucket: AWS::S3::Bucket cannot be imported; left out',
  );
  await expect(report).toContainText('Outputs.Name');

  await designer.pasteForImport('{ "neither": "template nor policy" }');
  await expect(report).toContainText('This cannot be imported');
  await expect(
    designer.importDialog.getByRole('button', { name: 'Replace the design' }),
  ).toBeDisabled();
  await designer.page.keyboard.press('Escape');
  await expect(designer.importDialog).toHaveCount(0);
  await expect(designer.field('Repository name')).toHaveValue('my-app');
});

test('a lifecycle policy file imports through the file picker', async ({ designer }) => {
  const policy = render(loadFixture('seed-lifecycle.json')).repositories[0]!.lifecyclePolicyJson!;
  await designer.goto();
  await designer.openImport();
  await designer.importDialog.getByLabel('Or choose a file').setInputFiles({
    name: 'policy.json',
    mimeType: 'application/json',
    buffer: Buffer.from(policy),
  });
  await expect(designer.importDialog.getByLabel('Template or lifecycle policy')).toHaveValue(
    policy,
  );
  await expect(designer.importDialog.getByTestId('import-report')).toContainText(
    'Reads as 1 repository',
  );
  await designer.importDialog.getByRole('button', { name: 'Replace the design' }).click();
  await expect(designer.page.getByTestId('undo-toast')).toContainText('from policy.json');
  await designer.expectOutput('lifecycle-json', policy);
});

test('a file dropped anywhere on the page: a template opens the import dialog, a design opens at once', async ({
  designer,
}) => {
  const design = loadFixture('entities/principal-imported-role.json');
  const template = render(design).cfnJson!;
  await designer.goto();
  await designer.dropFile(designer.repositoryForm, 'stack.template.json', template);
  await expect(designer.importDialog).toBeVisible();
  await expect(designer.importDialog.getByLabel('Template or lifecycle policy')).toHaveValue(
    template,
  );
  await expect(designer.importDialog.getByTestId('import-report')).toContainText(
    'Reads as 1 repository',
  );
  await designer.importDialog.getByRole('button', { name: 'Replace the design' }).click();
  await expect(designer.page.getByTestId('undo-toast')).toContainText('from stack.template.json');
  await designer.expectOutput('cfn-json', template);

  const example = loadFixture('seed-lifecycle.json');
  await designer.dropFile(
    designer.page.locator('body'),
    'seed.design.json',
    JSON.stringify(example),
  );
  await expect(designer.importDialog).toHaveCount(0);
  await designer.expectOutput('cfn-json', render(example).cfnJson!);
  await designer.undo();
  await designer.expectOutput('cfn-json', template);
});
