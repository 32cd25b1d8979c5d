import { readdirSync, readFileSync } from 'node:fs';
import { type Design, encodeLink, parseDesign, render } from '../engine/index';
import { expect, test } from './fixtures';

/** Links of every released format version, saved as { link, design }: they must open forever. */
const savedLinks = readdirSync('e2e/links')
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const saved = JSON.parse(readFileSync(`e2e/links/${name}`, 'utf8')) as {
      link: string;
      design: unknown;
    };
    const design = parseDesign(saved.design).design;
    if (!design) throw new Error(`${name}: its design does not parse`);
    return { name, link: saved.link, design };
  });

for (const { name, link, design } of savedLinks) {
  test(`saved link ${name} opens to the same render as its design`, async ({ designer }) => {
    const expected = render(design);
    await designer.openLink(link);
    await expect(designer.problems).toHaveCount(0);
    await designer.expectOutput('cdk-ts', expected.cdkTypescript);
    await designer.expectOutput('cdk-py', expected.cdkPython);
    if (expected.cfnJson !== undefined) {
      await designer.expectOutput('cfn-json', expected.cfnJson);
      await designer.expectOutput('cfn-yaml', expected.cfnYaml!);
    }
  });
}

const earlierWork = 'my-earlier-work';

/** Leaves an autosaved design behind whose repository is named `earlierWork`. */
async function autosaveEarlierWork(designer: import('./pages/DesignerPage').DesignerPage) {
  await designer.goto();
  await designer.waitForFirstSave();
  const before = designer.fragment();
  await designer.field('Repository name').fill(earlierWork);
  await designer.waitForSaved(before);
  await expect
    .poll(async () => (await designer.storedDesign())?.repositories[0]?.repositoryName)
    .toBe(earlierWork);
}

const brokenLinks: { what: string; fragment: string; message: RegExp }[] = [
  { what: 'an unknown format version', fragment: 'v9.AAAA', message: /format v9/ },
  {
    what: 'a truncated link',
    fragment: encodeLink(savedLinks[0]!.design).slice(0, 30),
    message: /damaged or cut short/,
  },
  { what: 'a corrupted link', fragment: 'v1.not*base64!', message: /characters a design link/ },
];

for (const { what, fragment, message } of brokenLinks) {
  test(`${what} is explained, the autosaved work is kept, the URL is left until an edit`, async ({
    designer,
  }) => {
    await autosaveEarlierWork(designer);
    const savedBefore = await designer.autosavedAt();
    await designer.openLink(fragment);
    await expect(designer.problems).toHaveCount(1);
    await expect(designer.problems).toContainText('could not be opened');
    await expect(designer.problems).toContainText(message);
    await expect(designer.field('Repository name')).toHaveValue(earlierWork);
    // The delayed write has happened (it autosaves), and the broken link is still there.
    await expect.poll(() => designer.autosavedAt()).not.toBe(savedBefore);
    expect(designer.fragment()).toBe(fragment);

    await designer.field('Repository name').fill(`${earlierWork}-2`);
    await designer.waitForSaved(fragment);
  });
}

test('a link to a design that fails validation lists the reasons as text', async ({ designer }) => {
  const invalid = { version: 1, repositories: [{ id: 'A', colour: '<b>red</b>' }] };
  const fragment = encodeLink(invalid as unknown as Design);
  await designer.openLink(fragment);
  await expect(designer.problems).toContainText('cannot read');
  await expect(designer.problems.locator('li')).toContainText(['repositories[0].colour']);
  // Shown as text, never as HTML.
  await expect(designer.problems.locator('b')).toHaveCount(0);
  expect(designer.fragment()).toBe(fragment);
});

test('a corrupt autosave is reported and set aside; the example opens', async ({ designer }) => {
  await designer.goto();
  // After the first delayed write, so that nothing overwrites the planted text on the way out.
  await expect.poll(() => designer.storedDesignText()).not.toBeNull();
  await designer.setStoredDesignText('{"version":1,"repositories":[{"idd":"<i>x</i>"}]}');
  await designer.page.goto('about:blank');
  await designer.goto();
  await expect(designer.problems).toContainText('autosaved design could not be read');
  await expect(designer.problems.locator('i')).toHaveCount(0);
  await expect(designer.field('Repository name')).toHaveValue('my-app');
});
