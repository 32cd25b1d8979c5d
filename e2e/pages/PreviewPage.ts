import { expect, type Locator, type Page } from '@playwright/test';
import { testIds } from '../../app/testIds';

/** The lifecycle preview of the selected repository. */
export class PreviewPage {
  readonly panel: Locator;
  readonly summary: Locator;
  readonly rows: Locator;
  readonly why: Locator;
  readonly ruleCounts: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId(testIds.preview);
    this.summary = page.getByTestId(testIds.previewSummary);
    this.rows = page.getByTestId(testIds.previewRow);
    this.why = page.getByTestId(testIds.previewWhy);
    this.ruleCounts = page.getByTestId(testIds.ruleCounts);
  }

  /** One of the inputs from a real repository: its box, opening its disclosure first. */
  async input(testId: string): Promise<Locator> {
    const box = this.page.getByTestId(testId);
    if (!(await box.isVisible())) {
      const summary = {
        [testIds.previewImagesInput]: 'Read images from AWS',
        [testIds.previewManifestsInput]: 'Read images from AWS',
        [testIds.previewInUseInput]: 'Images in use',
        [testIds.previewCompareInput]: 'Compare with the policy in force',
      }[testId];
      if (!summary) throw new Error(`no preview input ${testId}`);
      await this.panel.locator('details.preview-source > summary', { hasText: summary }).click();
    }
    await expect(box).toBeVisible();
    return box;
  }

  /** Pastes `text` into an input box and presses its read button (`action`). */
  async paste(testId: string, text: string, action: string): Promise<void> {
    const box = await this.input(testId);
    await box.getByRole('textbox').fill(text);
    await box.getByRole('button', { name: action }).click();
    await expect(box.getByRole('textbox')).toHaveValue('');
  }

  /** Chooses a file for an input box, as the file picker would. */
  async chooseFile(testId: string, name: string, text: string): Promise<void> {
    const box = await this.input(testId);
    await box
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  async setDate(date: string): Promise<void> {
    await this.panel.getByLabel('Preview at (12:00 UTC)').fill(date);
  }

  /** Opens the generator, applies `values` (by label) and generates. */
  async generate(values: Record<string, string> = {}): Promise<void> {
    await this.panel.getByText('Generate sample images').click();
    for (const [label, value] of Object.entries(values))
      await this.panel.getByLabel(label, { exact: true }).fill(value);
    await this.panel.getByRole('button', { name: 'Generate', exact: true }).click();
    await expect(this.summary).toBeVisible();
  }

  async counts(): Promise<string[]> {
    return (await this.ruleCounts.allTextContents()).map((t) => t.replace('Preview: ', ''));
  }

  async filterByTag(text: string): Promise<void> {
    await this.panel.getByLabel('Filter by tag').fill(text);
  }

  outcomeFilter(label: string): Locator {
    return this.panel.getByRole('checkbox', { name: new RegExp(`^${label}`) });
  }

  /** The outcome labels of the rows on the current page. */
  async outcomes(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-outcome') ?? ''));
  }
}
