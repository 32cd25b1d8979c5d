/**
 * The engine's outputs module (the analysis and the printers of CDK code, template JSON and
 * YAML) loads after the first paint. Held back here, to see the page while it loads: the form
 * works, nothing wrong is on screen; then the findings and the text.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { perfMarks, testIds } from '../app/testIds';
import { render } from '../engine/index';
import { loadFixture } from '../oracle/fixtures';
import { expect, test } from './fixtures';

const seed = loadFixture('seed-example.json');

/** Holds the printers' chunk until the returned function is called. */
async function holdPrinters(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/printers-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('while the outputs load, the form works and nothing wrong shows; then the text', async ({
  designer,
  page,
}) => {
  const release = await holdPrinters(page);
  await designer.goto();
  const mirror = page.getByTestId(testIds.outputText);
  await expect(designer.outputStatus).toHaveText('Working out the outputs…');
  await expect(page.locator('.output-empty')).toHaveCount(0);
  await expect(mirror).not.toHaveAttribute('data-output');
  await expect(mirror).toHaveText('');
  await expect(designer.card(0).getByTestId('rule-priority')).toHaveText('priority …');
  await page.getByRole('tab', { name: 'Lifecycle policy JSON' }).click();
  await expect(mirror).not.toHaveAttribute('data-output');
  await expect(
    page.getByRole('button', { name: 'Download the template as EcrStack.template.yaml' }),
  ).toBeDisabled();
  await expect(
    page.getByText('Downloads are ready as soon as the outputs are worked out.'),
  ).toBeVisible();
  // The form takes edits before the engine is there.
  await designer.field('Repository name').fill('my-app-2');
  release();
  const renamed = structuredClone(seed);
  renamed.repositories[0]!.repositoryName = 'my-app-2';
  await designer.expectOutput(
    'lifecycle-json',
    render(renamed).repositories[0]!.lifecyclePolicyJson!,
  );
  await designer.expectOutput('cdk-ts', render(renamed).cdkTypescript);
  await expect(designer.outputStatus).toHaveText('Up to date');
  await expect(designer.card(0).getByTestId('rule-priority')).toHaveText('priority 1 · automatic');
  await expect(page.getByRole('button', { name: 'Copy CDK TypeScript' })).toBeEnabled();
});

test('an editor that loads before the printers shows the text when it comes, not as a change', async ({
  designer,
  page,
}) => {
  const release = await holdPrinters(page);
  await designer.goto();
  const editor = page.getByTestId(testIds.outputEditor);
  const editorReady = () =>
    page.evaluate((mark) => performance.getEntriesByName(mark).length, perfMarks.editorReady);
  await expect.poll(editorReady, { timeout: 15_000 }).toBe(1);
  await expect(editor.locator('.view-line')).toHaveCount(0);
  release();
  await expect(editor.locator('.view-lines')).toContainText('export class EcrStack');
  await expect(editor.locator('.output-changed-line')).toHaveCount(0);
});

test('the template downloads as YAML once the outputs have loaded', async ({ designer, page }) => {
  const release = await holdPrinters(page);
  await designer.goto();
  const button = page.getByRole('button', {
    name: 'Download the template as EcrStack.template.yaml',
  });
  await expect(button).toBeDisabled();
  release();
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('EcrStack.template.yaml');
  expect(readFileSync(await download.path(), 'utf8')).toBe(render(seed).cfnYaml);
});

test('the template downloads as JSON, as the engine prints it', async ({ designer, page }) => {
  await designer.goto();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('button', { name: 'Download the template as EcrStack.template.json' })
    .click();
  const download = await downloading;
  expect(readFileSync(await download.path(), 'utf8')).toBe(render(seed).cfnJson);
});
