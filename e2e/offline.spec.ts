import { type Design, encodeLink, render } from '../engine/index';
import { loadFixture } from '../oracle/fixtures';
import { expect, test } from './fixtures';
import { PreviewPage } from './pages/PreviewPage';

test.use({ serviceWorkers: 'allow' });

const seed = loadFixture('seed-example.json');

test('works offline once loaded: reload, edit, import, Python, preview and downloads with no network', async ({
  designer,
  page,
  context,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await designer.goto();
  // The worker caches every file of the build while it installs; ready means it has.
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');

  await context.setOffline(true);
  await designer.openLink(encodeLink(seed));
  await designer.expectOutput('cdk-py', render(seed).cdkPython);

  await designer.field('Repository name').fill('offline-app');
  const edited: Design = {
    ...seed,
    repositories: [{ ...seed.repositories[0]!, repositoryName: 'offline-app' }],
  };
  await designer.expectOutput('cfn-json', render(edited).cfnJson!);

  await designer.openImport();
  const policy = render(seed).repositories[0]!.lifecyclePolicyJson!;
  await designer.pasteForImport(policy);
  await expect(designer.importDialog.getByTestId('import-report')).toContainText(
    'Reads as 1 repository',
  );
  await designer.page.keyboard.press('Escape');

  const preview = new PreviewPage(page);
  await preview.generate({ 'Days of history': '7' });
  await expect(preview.summary).toContainText('images');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the CDK app in Python as a zip' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/-python\.zip$/);

  // Sends the design nowhere: every request went to the designer's own origin.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:'))).toEqual([]);
});
