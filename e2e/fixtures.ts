import { test as base, expect } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

/** Every test gets the page object, and fails if the page throws or logs an error. */
export const test = base.extend<{ designer: DesignerPage }>({
  designer: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await use(new DesignerPage(page));
    expect(problems).toEqual([]);
  },
});

export { expect };
