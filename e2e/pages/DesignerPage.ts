import { expect, type Locator, type Page } from '@playwright/test';
import { parseAutosave } from '../../app/persistence/autosave';
import { type OutputId, storageKeys, testIds } from '../../app/testIds';
import { type Design, decodeLink, withoutSampleImages } from '../../engine/index';

/** Tab name, and the language radio for the CDK tab. */
const tabs: Record<OutputId, [tab: string, language?: string]> = {
  'cdk-ts': ['CDK', 'TypeScript'],
  'cdk-py': ['CDK', 'Python'],
  'cfn-json': ['CloudFormation JSON'],
  'cfn-yaml': ['CloudFormation YAML'],
  'lifecycle-json': ['Lifecycle policy JSON'],
};

export type TriStateOption = 'Default' | 'On' | 'Off';

/** The designer page, driven like a person would: labels, roles and the keyboard. */
export class DesignerPage {
  readonly repositoryForm: Locator;
  readonly ruleCards: Locator;
  readonly outputStatus: Locator;
  readonly liveRegion: Locator;

  constructor(readonly page: Page) {
    this.repositoryForm = page.getByTestId(testIds.repositoryForm);
    this.ruleCards = page.getByTestId(testIds.ruleCard);
    this.outputStatus = page.getByTestId(testIds.outputStatus);
    this.liveRegion = page.locator('[id^="DndLiveRegion"]');
    this.problems = page.getByTestId(testIds.problem);
    this.importDialog = page.getByTestId(testIds.importDialog);
  }

  readonly problems: Locator;
  readonly importDialog: Locator;

  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { name: 'ECR Designer' })).toBeVisible();
  }

  /** Opens a share link (`#v1.…` or a whole URL's fragment) as a fresh page load. */
  async openLink(link: string): Promise<void> {
    // A page already on the designer would treat a new fragment as a same-document navigation.
    await this.page.goto('about:blank');
    await this.goto(`/#${link.replace(/^.*#/, '')}`);
  }

  /**
   * Opens a design as a file given to "Open design…": the way to open one with sample images,
   * which a share link leaves out.
   */
  async openDesignFile(design: Design): Promise<void> {
    await this.goto();
    await this.page.getByTestId('design-file').setInputFiles({
      name: 'design.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(design)),
    });
    await expect(this.page.getByTestId(testIds.undoToast)).toContainText('Opened design.json');
  }

  /** The fragment in the address bar, without '#'. */
  fragment(): string {
    return new URL(this.page.url()).hash.slice(1);
  }

  /**
   * Waits for the delayed writes after an edit: the address bar leaves `previousFragment`, and
   * the autosave holds the same design as the link it shows then. Both are read together on
   * each look: a write that was already due (the first one after a page load) may be followed
   * by the edit's own.
   */
  async waitForSaved(previousFragment: string): Promise<void> {
    await expect
      .poll(async () => {
        const fragment = this.fragment();
        if (fragment === previousFragment) return 'the address bar still shows the old link';
        const fromLink = decodeLink(fragment);
        if (!fromLink.ok) return `the app wrote a link that does not open: ${fromLink.message}`;
        // A link leaves the sample images out; the autosave keeps them.
        const stored = await this.storedDesign();
        const same =
          stored && JSON.stringify(withoutSampleImages(stored)) === JSON.stringify(fromLink.design);
        return same ? 'saved' : 'the autosave differs from the link';
      })
      .toBe('saved');
  }

  /** Waits for the page's first delayed write, so the address bar shows what it will keep. */
  async waitForFirstSave(): Promise<void> {
    await expect.poll(() => this.autosavedAt()).toEqual(expect.any(Number));
  }

  /** The autosaved design, read as the app reads it; undefined when there is none or it is corrupt. */
  async storedDesign(): Promise<Design | undefined> {
    const text = await this.storedDesignText();
    const read = text === null ? undefined : parseAutosave(text);
    return read?.kind === 'ok' ? read.design : undefined;
  }

  /** When the page last autosaved (its own clock), or undefined before its first write. */
  async autosavedAt(): Promise<number | undefined> {
    const text = await this.storedDesignText();
    const read = text === null ? undefined : parseAutosave(text);
    return read?.kind === 'ok' ? read.savedAt : undefined;
  }

  /** The autosaved text, as the page stores it. */
  async storedDesignText(): Promise<string | null> {
    return this.page.evaluate<string | null>(
      `localStorage.getItem(${JSON.stringify(storageKeys.autosave)})`,
    );
  }

  async setStoredDesignText(text: string): Promise<void> {
    await this.page.evaluate(
      `localStorage.setItem(${JSON.stringify(storageKeys.autosave)}, ${JSON.stringify(text)})`,
    );
  }

  async historyLength(): Promise<number> {
    return this.page.evaluate<number>('history.length');
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  }

  async redo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Redo', exact: true }).click();
  }

  /** Chooses an action of the header's File or Share menu. */
  async menu(menu: 'File' | 'Share', action: string): Promise<void> {
    await this.page.getByRole('button', { name: menu, exact: true }).click();
    await this.page.getByRole('menuitem', { name: action }).click();
  }

  async openImport(): Promise<void> {
    await this.menu('File', 'Import…');
    await expect(this.importDialog).toBeVisible();
  }

  /** Drags a file over `target` and drops it there, as a file manager would. */
  async dropFile(target: Locator, name: string, text: string): Promise<void> {
    // As text: the e2e code is compiled without the DOM library (page code runs in the browser).
    const dataTransfer = await this.page.evaluateHandle(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'application/json' }));
      return transfer;
    })()`);
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
  }

  /** Pastes text into the import dialog and waits until it has been read. */
  async pasteForImport(text: string): Promise<void> {
    await this.importDialog.getByLabel('Template or lifecycle policy').fill(text);
    await expect(this.importDialog.getByTestId(testIds.importReport)).not.toContainText(
      /Reading…|Nothing to import/,
    );
  }

  async repositoryIds(): Promise<string[]> {
    return this.page
      .getByTestId(testIds.repositoryList)
      .locator('.repository-id')
      .allTextContents();
  }

  async newDesign(): Promise<void> {
    await this.menu('File', 'New design');
    await expect(this.page.getByText('No repositories yet')).toBeVisible();
  }

  async addRepository(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add repository' }).click();
  }

  /** A field of the selected repository, by its label. */
  field(label: string): Locator {
    return this.repositoryForm.getByLabel(label, { exact: true });
  }

  /** A Default / On / Off field of the selected repository, by its label. */
  triState(label: string): Locator {
    return this.repositoryForm.getByRole('radiogroup', { name: label, exact: true });
  }

  /** One option of a Default / On / Off field ("Default" matches "Default (off)"). */
  triStateOption(label: string, option: TriStateOption): Locator {
    const radios = this.triState(label);
    return option === 'Default'
      ? radios.getByRole('radio', { name: /^Default \(/ })
      : radios.getByRole('radio', { name: option, exact: true });
  }

  async choose(label: string, option: TriStateOption): Promise<void> {
    await this.triStateOption(label, option).check();
  }

  card(position: number): Locator {
    return this.ruleCards.nth(position);
  }

  /** The button of a card's compact row, which opens and closes its editor. */
  ruleToggle(position: number): Locator {
    return this.card(position).getByRole('button', { name: /^Rule \d+ of \d+: / });
  }

  /** Opens a card's editor (one at a time: another open card closes). */
  async openRule(position: number): Promise<void> {
    const toggle = this.ruleToggle(position);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  /** Closes the open card's editor, if one is open. */
  async closeRules(): Promise<void> {
    const open = this.page
      .getByTestId(testIds.ruleList)
      .getByRole('button', { name: /^Rule \d+ of \d+: /, expanded: true });
    if ((await open.count()) > 0) await open.click();
    await expect(open).toHaveCount(0);
  }

  /** A field of a card's editor (open it first: openRule). */
  cardField(position: number, label: string): Locator {
    return this.card(position).getByLabel(label, { exact: true });
  }

  async addRule(): Promise<void> {
    const count = await this.ruleCards.count();
    await this.page.getByRole('button', { name: 'Add rule' }).click();
    await expect(this.ruleCards).toHaveCount(count + 1);
  }

  async addChip(field: Locator, value: string): Promise<void> {
    await field.fill(value);
    await field.press('Enter');
  }

  /** The messages of the findings shown at a control (its aria-describedby findings list). */
  findingsAt(control: Locator): Locator {
    return control
      .locator('xpath=ancestor::div[contains(@class,"field")][1]')
      .locator(`[data-testid="${testIds.finding}"] .finding-message`);
  }

  async priorities(): Promise<string[]> {
    return this.page.getByTestId(testIds.rulePriority).allTextContents();
  }

  async summaries(): Promise<string[]> {
    return this.page.getByTestId(testIds.ruleSummary).allTextContents();
  }

  async selectTab(id: OutputId): Promise<void> {
    const [tab, language] = tabs[id];
    await this.page.getByRole('tab', { name: tab, exact: true }).click();
    if (language) await this.page.getByRole('radio', { name: language }).check();
    await expect(this.page.getByTestId(testIds.outputText)).toHaveAttribute('data-output', id);
  }

  /** The full text of an output, read from the page's mirror of the active editor. */
  async outputText(id: OutputId): Promise<string> {
    await this.selectTab(id);
    return (await this.page.getByTestId(testIds.outputText).textContent()) ?? '';
  }

  async expectOutput(id: OutputId, expected: string): Promise<void> {
    await this.selectTab(id);
    await expect
      .poll(async () => this.page.getByTestId(testIds.outputText).textContent())
      .toBe(expected);
  }

  async waitForEditor(): Promise<void> {
    await expect(this.page.getByTestId(testIds.outputEditor).locator('.view-lines')).toBeVisible();
  }

  /**
   * The handle of a card, once it drags: drag and drop loads after the first paint, and the
   * handle then says it is sortable.
   */
  async liveHandle(position: number): Promise<Locator> {
    const handle = this.card(position).getByTestId(testIds.ruleHandle);
    await expect(handle).toHaveAttribute('aria-roledescription', 'sortable');
    return handle;
  }

  /** Closes the open card first, so that both handles fit on the screen. */
  async dragRuleWithMouse(from: number, to: number): Promise<void> {
    await this.closeRules();
    await this.card(Math.max(from, to)).scrollIntoViewIfNeeded();
    const handle = await this.liveHandle(from);
    const target = this.card(to).getByTestId(testIds.ruleHandle);
    const start = (await handle.boundingBox())!;
    const end = (await target.boundingBox())!;
    const mouse = this.page.mouse;
    await mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await mouse.down();
    await mouse.move(
      start.x + start.width / 2,
      start.y + start.height / 2 + (to > from ? 10 : -10),
    );
    await mouse.move(end.x + end.width / 2, end.y + end.height / 2 + (to > from ? 5 : -5), {
      steps: 15,
    });
    await mouse.up();
  }

  /** Focus the handle, Space, arrows, Space; waits for dnd-kit's announcement after each key. */
  async dragRuleWithKeyboard(from: number, steps: number): Promise<void> {
    await (await this.liveHandle(from)).focus();
    await this.page.keyboard.press('Space');
    // dnd-kit announces the pick-up, then at once that the card is over its own position.
    await expect(this.liveRegion).toContainText(`over position ${from + 1} of`);
    const key = steps > 0 ? 'ArrowDown' : 'ArrowUp';
    for (let i = 1; i <= Math.abs(steps); i++) {
      await this.page.keyboard.press(key);
      await expect(this.liveRegion).toContainText(
        `over position ${from + 1 + Math.sign(steps) * i}`,
      );
    }
    await this.page.keyboard.press('Space');
    await expect(this.liveRegion).toContainText('Dropped');
  }
}
