/**
 * The lifecycle rules as compact cards: one row each (handle, the rule in words, priority,
 * preview counts, findings), one editor open at a time, and drags that show only orders ECR
 * applies.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { testIds } from '../app/testIds';
import { type Design, encodeLink, type LifecycleRuleDesign } from '../engine/index';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

const [prod, untagged, anyImage] = [
  'images tagged prod* AND v* · keep the 9999 newest · expire the rest',
  'untagged images · expire those pushed more than 14 days ago',
  'all images · expire those pushed more than 30 days ago',
];

/** A tagged rule (with the AND warning), an untagged one and the ANY rule, which stays last. */
const rules: LifecycleRuleDesign[] = [
  { tagPrefixList: ['prod', 'v'], maxImageCount: 9999 },
  { tagStatus: 'UNTAGGED', maxImageAgeDays: 14 },
  { maxImageAgeDays: 30 },
];
const design: Design = {
  version: 1,
  repositories: [{ id: 'Repository', repositoryName: 'my-app', lifecycleRules: rules }],
};

function withImages(): Design {
  const images = Array.from({ length: 30 }, (_, i) => ({
    digest: `sha256:${i.toString(16).padStart(64, 'c')}`,
    tags: i % 3 === 0 ? [] : [`sha-${i}`],
    pushedAt: new Date(Date.UTC(2025, 11, 1 + i)).toISOString(),
  }));
  return { ...design, repositories: [{ ...design.repositories[0]!, sampleImages: images }] };
}

/** The summaries in the order the cards are drawn: by their middle on screen, drag transforms included. */
function shownOrder(page: Page): Promise<string[]> {
  return page.evaluate<
    string[]
  >(`[...document.querySelectorAll('[data-testid="${testIds.ruleCard}"]')]
    .map((card) => {
      const box = card.getBoundingClientRect();
      return [box.top + box.height / 2, card.querySelector('[data-testid="${testIds.ruleSummary}"]').textContent];
    })
    .sort((a, b) => a[0] - b[0])
    .map(([, summary]) => summary)`);
}

/**
 * How far the bottom of card `position` is drawn below the top of the last card (ANY): at most 0.
 * Both in one look, as the pane may be scrolling under a drag.
 */
function overlapWithLast(page: Page, position: number): Promise<number> {
  return page.evaluate<number>(`(() => {
    const cards = document.querySelectorAll('[data-testid="${testIds.ruleCard}"]');
    return cards[${position}].getBoundingClientRect().bottom - cards[cards.length - 1].getBoundingClientRect().top;
  })()`);
}

test('each rule is one row; one opens at a time, by click or key; Escape and Close close it', async ({
  designer,
  page,
}) => {
  await designer.openDesignFile(withImages());
  await expect(designer.ruleCards).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await expect(designer.ruleToggle(i)).toHaveAttribute('aria-expanded', 'false');
    expect((await designer.card(i).boundingBox())!.height).toBeLessThan(90);
  }
  await expect(designer.ruleCards.getByLabel('Description', { exact: true })).toHaveCount(0);
  // The row: the rule, its priority, what it does to the preview's images, its findings.
  const first = designer.card(0);
  await expect(first.getByTestId(testIds.ruleSummary)).toHaveText(prod);
  await expect(first.getByTestId(testIds.rulePriority)).toHaveText('priority 1 · automatic');
  await expect(first.getByTestId(testIds.ruleCounts)).toHaveText(/^Preview: expires \d+/);
  await expect(first.getByTestId(testIds.ruleFindings)).toHaveText('1 warning');
  await expect(designer.card(2)).toContainText('stays last');

  // A click anywhere in the row opens the rule; the one open before closes.
  await designer.openRule(0);
  await designer.card(1).scrollIntoViewIfNeeded();
  const badge = (await designer.card(1).getByTestId(testIds.rulePriority).boundingBox())!;
  await page.mouse.click(badge.x + badge.width / 2, badge.y + badge.height / 2);
  await expect(designer.ruleToggle(1)).toHaveAttribute('aria-expanded', 'true');
  await expect(designer.ruleToggle(0)).toHaveAttribute('aria-expanded', 'false');
  await expect(designer.cardField(1, 'Description')).toBeVisible();
  await expect(designer.cardField(0, 'Description')).toHaveCount(0);

  // The keyboard: Enter and Space on the row's button; Escape in the editor closes it.
  await designer.ruleToggle(0).focus();
  await page.keyboard.press('Enter');
  await expect(designer.ruleToggle(0)).toHaveAttribute('aria-expanded', 'true');
  await expect(designer.ruleToggle(1)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Space');
  await expect(designer.ruleToggle(0)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(designer.cardField(0, 'Description')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(designer.ruleToggle(0)).toHaveAttribute('aria-expanded', 'false');
  await expect(designer.ruleToggle(0)).toBeFocused();

  await designer.openRule(2);
  await expect(designer.card(2)).toContainText('it always stays last');
  await designer.card(2).getByRole('button', { name: 'Close rule 3' }).click();
  await expect(designer.ruleToggle(2)).toHaveAttribute('aria-expanded', 'false');
  await expect(designer.ruleToggle(2)).toBeFocused();
});

test('a new rule opens with the focus on its row; errors show in the closed row; delete moves focus on', async ({
  designer,
  page,
}) => {
  await designer.goto();
  await page.getByRole('button', { name: 'Add rule' }).click();
  await expect(designer.ruleCards).toHaveCount(3);
  await expect(designer.ruleToggle(1)).toHaveAttribute('aria-expanded', 'true');
  await expect(designer.ruleToggle(1)).toBeFocused();
  // Escape on the row's button closes the editor too.
  await page.keyboard.press('Escape');
  await expect(designer.ruleToggle(1)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');

  // An error, then the card closed: its row says so.
  await designer.cardField(1, 'Tag status').selectOption('TAGGED');
  await designer.cardField(1, 'Tag status').press('Escape');
  await expect(designer.ruleToggle(1)).toHaveAttribute('aria-expanded', 'false');
  await expect(designer.card(1).getByTestId(testIds.ruleFindings)).toHaveText('1 error');
  await expect(designer.card(1).getByTestId(testIds.rulePriority)).toHaveText(
    'no priority yet · fix its errors',
  );

  // Text that is no value yet counts as an error too, and is still there when the card reopens.
  await designer.openRule(0);
  await designer.cardField(0, 'Keep newest (image count)').fill('1.5');
  await page.keyboard.press('Escape');
  await expect(designer.card(0).getByTestId(testIds.ruleFindings)).toHaveText('1 error');
  await designer.openRule(0);
  await expect(designer.cardField(0, 'Keep newest (image count)')).toHaveValue('1.5');
  await designer.cardField(0, 'Keep newest (image count)').fill('9999');
  await expect(designer.card(0).getByTestId(testIds.ruleFindings)).toHaveCount(0);

  await designer.openRule(1);
  await designer.card(1).getByRole('button', { name: 'Delete rule 2' }).click();
  await expect(designer.ruleCards).toHaveCount(2);
  await expect(designer.ruleToggle(1)).toBeFocused();
});

test('a mouse drag shows only orders ECR applies: never a card below the ANY rule', async ({
  designer,
  page,
}) => {
  await designer.openLink(encodeLink(design));
  const handle = (await (await designer.liveHandle(0)).boundingBox())!;
  const x = handle.x + handle.width / 2;
  const middleOf = async (position: number) => {
    const box = (await designer.card(position).boundingBox())!;
    return box.y + box.height / 2;
  };
  const [second, last] = [await middleOf(1), await middleOf(2)];
  await page.mouse.move(x, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, handle.y + handle.height / 2 + 10);
  // Down over the second card, over the ANY rule, and far below it: the same order each time.
  for (const y of [second, last, last + 60, last + 250]) {
    await page.mouse.move(x, y, { steps: 10 });
    await page.screenshot({ path: `/tmp/cards/drag-${Math.round(y)}.png` });
    console.log(
      y,
      await page.evaluate(
        'JSON.stringify([document.querySelector(".pane-left").scrollTop, document.scrollingElement.scrollTop])',
      ),
    );
    await expect
      .poll(() => shownOrder(page), `pointer at ${Math.round(y)}`)
      .toEqual([untagged, prod, anyImage]);
    expect(await overlapWithLast(page, 0)).toBeLessThanOrEqual(1);
  }
  await page.mouse.up();
  await expect.poll(() => designer.summaries()).toEqual([untagged, prod, anyImage]);
  await expect.poll(() => shownOrder(page)).toEqual([untagged, prod, anyImage]);
});

test('a keyboard drag shows only orders ECR applies: the arrow stops above the ANY rule', async ({
  designer,
  page,
}) => {
  await designer.openLink(encodeLink(design));
  // An open card closes while it is dragged, and opens again where it is dropped.
  await designer.openRule(0);
  await (await designer.liveHandle(0)).focus();
  await page.keyboard.press('Space');
  await expect(designer.liveRegion).toContainText('over position 1 of 3');
  await expect(designer.ruleToggle(0)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  await expect(designer.liveRegion).toContainText('over position 2 of 3');
  await expect.poll(() => shownOrder(page)).toEqual([untagged, prod, anyImage]);
  // No place below: the card stays where a drop would put it.
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(300);
  await expect(designer.liveRegion).not.toContainText('position 3');
  expect(await shownOrder(page)).toEqual([untagged, prod, anyImage]);
  expect(await overlapWithLast(page, 0)).toBeLessThanOrEqual(1);
  await page.keyboard.press('Space');
  await expect(designer.liveRegion).toContainText('Dropped');
  await expect.poll(() => designer.summaries()).toEqual([untagged, prod, anyImage]);
  // The moved card, now second, keeps the focus on its handle, and is open again.
  await expect(designer.card(1).getByTestId(testIds.ruleHandle)).toBeFocused();
  await expect(designer.ruleToggle(1)).toHaveAttribute('aria-expanded', 'true');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} theme: rows and an open editor pass axe, the row's focus shows`, async ({
    designer,
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await designer.openDesignFile(withImages());
    await designer.openRule(0);
    await designer.ruleToggle(1).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(designer.ruleToggle(1)).toBeFocused();
    // The focus ring is drawn around the whole row, by the button's stretched area.
    const outline = await page.evaluate<string>(
      "getComputedStyle(document.activeElement, '::after').outlineStyle",
    );
    expect(outline).toBe('solid');
    const results = await new AxeBuilder({ page }).include('#section-lifecycle').analyze();
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}
