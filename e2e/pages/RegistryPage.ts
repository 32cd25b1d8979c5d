import { expect, type Locator, type Page } from '@playwright/test';
import { type Design, decodeLink } from '../../engine/index';

/** The Registry section, picked beside the repositories (app/registry). */
export class RegistryPage {
  readonly section: Locator;
  readonly entry: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId('registry-section');
    this.entry = page.getByRole('button', { name: /^Registry creation templates/ });
  }

  async open(): Promise<void> {
    await this.entry.click();
    await expect(this.section).toBeVisible();
  }

  /** A list of the section by its heading ("Replication", "Scanning"…). */
  part(title: string): Locator {
    return this.section.getByRole('region', { name: title, exact: true });
  }

  async add(part: string, label: string): Promise<void> {
    await this.part(part).getByRole('button', { name: label, exact: true }).click();
  }

  /** A card, by its legend ("Creation template Root", "Replication rule 1"). */
  card(title: string): Locator {
    return this.section.getByRole('group', { name: title, exact: true });
  }

  /** The design the share link in the address bar holds, once it has `registry` as expected. */
  async expectLinkedRegistry(expected: Design['registry']): Promise<void> {
    await expect
      .poll(() => {
        const link = decodeLink(new URL(this.page.url()).hash.slice(1));
        return link.ok ? link.design.registry : link.message;
      })
      .toEqual(expected);
  }
}
