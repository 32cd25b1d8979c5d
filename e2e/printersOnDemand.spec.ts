/**
 * The printers of the texts (CDK code, template JSON and YAML) load after the first paint. Held
 * back here, to see the page while they load: nothing wrong on screen, then the text.
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

test('while the printers load, the outputs say nothing wrong; then the text shows', async ({
  designer,
  page,
}) => {
  const release = await holdPrinters(page);
  await designer.goto();
  const mirror = page.getByTestId(testIds.outputText);
  await expect(designer.outputStatus).toHaveText('Up to date');
  await expect(page.locator('.output-empty')).toHaveCount(0);
  await expect(mirror).not.toHaveAttribute('data-output');
  await expect(mirror).toHaveText('');
  // The lifecycle policy comes with the findings, printers or not.
  await page.getByRole('tab', { name: 'Lifecycle policy JSON' }).click();
  await expect(mirror).toHaveAttribute('data-output', 'lifecycle-json');
  await expect(mirror).toHaveText(render(seed).repositories[0]!.lifecyclePolicyJson!);
  await page.getByRole('tab', { name: 'CDK' }).click();
  await expect(mirror).not.toHaveAttribute('data-output');
  release();
  await designer.expectOutput('cdk-ts', render(seed).cdkTypescript);
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

test('a template downloaded before the printers have loaded waits for them', async ({
  designer,
  page,
}) => {
  const release = await holdPrinters(page);
  await designer.goto();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('button', { name: 'Download the template as EcrStack.template.yaml' })
    .click();
  release();
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
