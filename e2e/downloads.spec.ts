import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { decodeLink, kebabCase, render, renderSnippet } from '../engine/index';
import { loadFixture } from '../oracle/fixtures';
import { expect, test } from './fixtures';

const seed = loadFixture('seed-example.json');

test('the CDK tab switches to Python and shows the engine’s cdkPython', async ({ designer }) => {
  await designer.goto();
  await designer.expectOutput('cdk-py', render(seed).cdkPython);
  await expect(
    designer.page.getByRole('button', { name: /Download CDK Python as ecr_stack\.py/ }),
  ).toBeEnabled();
});

test('the TypeScript app downloads as a zip holding a ready CDK project', async ({
  designer,
  page,
}) => {
  await designer.goto();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the CDK app in TypeScript as a zip' }).click();
  const download = await downloading;
  const folder = kebabCase('EcrStack');
  expect(download.suggestedFilename()).toBe(`${folder}-typescript.zip`);
  const files = unzipSync(readFileSync(await download.path()));
  const names = Object.keys(files);
  for (const name of ['package.json', 'cdk.json', 'bin/app.ts', `lib/${folder}.ts`]) {
    expect(names).toContain(`${folder}/${name}`);
  }
  expect(strFromU8(files[`${folder}/lib/${folder}.ts`]!)).toBe(render(seed).cdkTypescript);
});

test('downloads are disabled with the reason while the design has errors', async ({ designer }) => {
  await designer.goto();
  await designer.field('Repository name').fill('My Repo');
  const downloads = designer.page.getByTestId('downloads');
  await expect(downloads).toContainText(
    'Downloads are ready when the design has no errors (1 error now).',
  );
  for (const button of await downloads.getByRole('button').all())
    await expect(button).toBeDisabled();
  await designer.field('Repository name').fill('my-repo');
  await expect(downloads.getByRole('button', { name: /TypeScript as a zip/ })).toBeEnabled();
});

test('Copy snippet copies the selected repository alone, in the chosen language', async ({
  designer,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await designer.goto();
  for (const language of ['typescript', 'python'] as const) {
    await designer.selectTab(language === 'python' ? 'cdk-py' : 'cdk-ts');
    await page.getByRole('button', { name: /Copy snippet for the selected repository/ }).click();
    await expect
      .poll(() => page.evaluate('navigator.clipboard.readText()'))
      .toBe(renderSnippet(seed, 0, language));
  }
});

test('Share › Copy as Markdown copies the share link and the shown output in a fenced block', async ({
  designer,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await designer.goto();
  await designer.selectTab('cfn-yaml');
  // One place for it: the Share menu, which names the output it copies; not the output toolbar.
  await expect(page.getByRole('button', { name: /Copy as Markdown/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const item = page.getByRole('menuitem', { name: /^Copy as Markdown/ });
  await expect(item).toContainText('The share link and CloudFormation YAML');
  await item.click();
  await expect(designer.page.getByTestId('notice')).toHaveText(
    'Copied the share link and CloudFormation YAML as Markdown to the clipboard.',
  );
  const clipboard = () => page.evaluate<string>('navigator.clipboard.readText()');
  await expect.poll(clipboard).toMatch(/^\[EcrStack: CloudFormation YAML\]/);
  const markdown = await clipboard();
  const [, link] = /^\[EcrStack: CloudFormation YAML\]\((\S+)\)\n\n```yaml\n/.exec(markdown) ?? [];
  expect(link).toBeDefined();
  const opened = decodeLink(new URL(link!).hash.slice(1));
  expect(opened.ok && opened.design).toEqual(seed);
  expect(markdown.endsWith(`\`\`\`yaml\n${render(seed).cfnYaml}\`\`\`\n`)).toBe(true);

  // Its shortcut, shown in the menu, copies the output on screen now.
  await designer.selectTab('cdk-py');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(item).toContainText('The share link and CDK Python');
  await expect(item).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+M');
  await expect(item).toContainText('Ctrl+Shift+M');
  await page.keyboard.press('Escape');
  // The menus read the design when they act: what was typed a moment ago is in the copy.
  const edited = structuredClone(seed);
  edited.repositories[0]!.repositoryName = 'my-app-2';
  await designer.field('Repository name').fill('my-app-2');
  await designer.expectOutput('cdk-py', render(edited).cdkPython);
  await page.keyboard.press('Control+Shift+M');
  await expect
    .poll(clipboard)
    .toMatch(/^\[EcrStack: CDK Python\]\(http:\/\/127\.0\.0\.1:\d+\/#v1\.[^)]+\)\n\n```python\n/);
  const [, editedLink] = /\]\((\S+)\)/.exec(await clipboard()) ?? [];
  const reopened = decodeLink(new URL(editedLink!).hash.slice(1));
  expect(reopened.ok && reopened.design).toEqual(edited);
  expect(await clipboard()).toContain(render(edited).cdkPython);
});

test('the File and Share menus work from the keyboard, with the shortcuts they show', async ({
  designer,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await designer.goto();
  const clipboard = () => page.evaluate<string>('navigator.clipboard.readText()');
  const share = page.getByRole('button', { name: 'Share', exact: true });
  await share.focus();
  await page.keyboard.press('ArrowDown');
  const copyLink = page.getByRole('menuitem', { name: /Copy link/ });
  await expect(copyLink).toBeFocused();
  await expect(copyLink).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+L');
  await expect(copyLink).toContainText('Ctrl+Shift+L');
  await page.keyboard.press('Enter');
  await expect(designer.page.getByTestId('notice')).toHaveText(
    'Copied the share link to the clipboard.',
  );
  await expect(share).toBeFocused();
  const opened = decodeLink(new URL(await clipboard()).hash.slice(1));
  expect(opened.ok && opened.design).toEqual(seed);

  await page.evaluate("navigator.clipboard.writeText('')");
  await designer.field('Repository name').focus();
  await page.keyboard.press('Control+Shift+L');
  await expect.poll(clipboard).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#/);

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  expect((await download).suggestedFilename()).toBe('EcrStack.design.json');

  const file = page.getByRole('button', { name: 'File', exact: true });
  await file.click();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Copy design JSON' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'New design' })).toBeFocused();
  await page.mouse.click(5, 400);
  await expect(page.getByRole('menu', { name: 'File' })).toBeHidden();
});
