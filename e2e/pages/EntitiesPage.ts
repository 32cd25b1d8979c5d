import { expect, type Locator, type Page } from '@playwright/test';

/** The entity sections (keys, principals, targets, grants) and the repository's event rules. */
export class EntitiesPage {
  readonly panel: Locator;
  /** The section with the selected repository's event rules. */
  readonly repositorySections: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('entities-panel');
    this.repositorySections = page.locator('#section-events');
    this.dialog = page.getByTestId('dependents-dialog');
  }

  async add(what: 'key' | 'principal' | 'topic' | 'queue' | 'function'): Promise<void> {
    await this.panel.getByRole('button', { name: `Add ${what}`, exact: true }).click();
  }

  /** An entity card, by its legend ("Key Key", "Principal User", "Topic Topic"). */
  card(title: string): Locator {
    return this.page.getByRole('group', { name: title, exact: true });
  }

  grantCell(name: string): Locator {
    return this.panel.getByRole('checkbox', { name, exact: true });
  }

  async addEventRule(): Promise<void> {
    await this.repositorySections.getByRole('button', { name: 'Add event rule' }).click();
  }

  eventRule(id: string): Locator {
    return this.card(`Event rule ${id}`);
  }

  async delete(noun: string, id: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete ${noun} ${id}`, exact: true }).click();
  }

  async expectDialogListing(dependents: string[]): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.locator('.dependents li')).toHaveText(dependents);
  }
}
