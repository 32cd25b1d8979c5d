import { type Design, type FieldPath, formatPath, render, samePath } from '../engine/index';
import { loadFixture } from '../oracle/fixtures';
import { expect, test } from './fixtures';

const seed = (): Design => loadFixture('seed-example.json');

/** CDK's message for a finding at `path` of a design, as the engine reports it. */
function messageAt(design: Design, path: FieldPath): string {
  const finding = render(design).findings.find(
    (f) => samePath(f.path, path) && f.severity === 'error',
  );
  if (!finding) throw new Error(`no error at ${formatPath(path)}`);
  return finding.message;
}

test('an invalid repository name shows CDK’s message at the field; outputs stay on the last valid render', async ({
  designer,
}) => {
  const design = seed();
  const validJson = render(design).cfnJson!;
  design.repositories[0]!.repositoryName = 'My Repo';
  const message = messageAt(design, ['repositories', 0, 'repositoryName']);
  expect(message).toContain('\n');

  await designer.goto();
  const name = designer.field('Repository name');
  await name.fill('My Repo');
  await expect(designer.findingsAt(name)).toHaveCount(1);
  expect(await designer.findingsAt(name).textContent()).toBe(message);
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(designer.outputStatus).toHaveText('Out of date — 1 error');
  await designer.expectOutput('cfn-json', validJson);

  await name.fill('my-repo');
  await expect(designer.findingsAt(name)).toHaveCount(0);
  await expect(designer.outputStatus).toHaveText('Up to date');
});

test('a TAGGED rule without prefixes shows CDK’s message at its tag status', async ({
  designer,
}) => {
  const design = seed();
  design.repositories[0]!.lifecycleRules![0] = {
    description: 'keep prod images',
    tagStatus: 'TAGGED',
    maxImageCount: 9999,
  };
  const message = messageAt(design, ['repositories', 0, 'lifecycleRules', 0, 'tagStatus']);

  await designer.goto();
  await designer.openRule(0);
  await designer.cardField(0, 'Tag status').selectOption('TAGGED');
  await designer.card(0).getByRole('button', { name: 'Remove prefix prod' }).click();
  const status = designer.cardField(0, 'Tag status');
  await expect(designer.findingsAt(status)).toHaveText([message]);
  await expect(designer.card(0).getByTestId('rule-priority')).toHaveText(
    'no priority yet · fix its errors',
  );
  await expect(designer.outputStatus).toHaveText('Out of date — 1 error');
});

test('two ANY rules: the second shows CDK’s message; typing errors are marked too', async ({
  designer,
}) => {
  const design = seed();
  design.repositories[0]!.lifecycleRules!.push({
    description: 'expire after 30 days',
    maxImageAgeDays: 30,
  });
  const message = messageAt(design, ['repositories', 0, 'lifecycleRules', 2, 'tagStatus']);
  expect(message).toBe('Life cycle can only have one TagStatus.Any rule');

  await designer.goto();
  await designer.openRule(1);
  await designer.card(1).getByRole('button', { name: 'Duplicate rule 2' }).click();
  await expect(designer.ruleCards).toHaveCount(3);
  // The copy opens, and the original closes.
  await expect(designer.ruleToggle(2)).toHaveAttribute('aria-expanded', 'true');
  await expect(designer.ruleToggle(1)).toHaveAttribute('aria-expanded', 'false');
  await expect(designer.findingsAt(designer.cardField(2, 'Tag status'))).toHaveText([message]);

  // Closed, the copy's row still says it has an error.
  await designer.openRule(0);
  await expect(designer.card(2).getByTestId('rule-findings')).toHaveText('1 error');
  const count = designer.cardField(0, 'Keep newest (image count)');
  await count.fill('1.5');
  await expect(designer.card(0).getByText('Enter a whole number.')).toBeVisible();
  await expect(designer.outputStatus).toHaveText('Out of date — 2 errors');
  await count.fill('15');
  await expect(designer.outputStatus).toHaveText('Out of date — 1 error');
  await designer.openRule(2);
  await designer.card(2).getByRole('button', { name: 'Delete rule 3' }).click();
  await expect(designer.outputStatus).toHaveText('Up to date');
  await expect(designer.page.getByRole('heading', { name: 'ECR Designer' })).toBeVisible();
});
