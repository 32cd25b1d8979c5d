import { render } from '../engine/index';
import { loadFixture } from '../oracle/fixtures';
import { expect, test } from './fixtures';

/**
 * After a keystroke in a form the design pane renders a moment later than the outputs
 * (app/state/usePaneState). These keystrokes come in one task, so the pane cannot render
 * between them: each must still reach the design, also one that takes back the one before.
 */
test('keystrokes faster than the design pane renders all reach the design, findings too', async ({
  designer,
}) => {
  await designer.goto();
  await designer.waitForEditor();
  const name = designer.field('Repository name');
  await expect(name).toHaveValue('my-app');
  await name.press('End');
  await name.pressSequentially('-web');
  const seed = loadFixture('seed-example.json');
  seed.repositories[0]!.repositoryName = 'my-app-web';
  const expected = render(seed).cfnJson!;
  await designer.expectOutput('cfn-json', expected);
  // A keystroke and the one that takes it back, before the pane has rendered the first.
  // As text: e2e is compiled without the DOM library (page code runs in the browser).
  await name.focus();
  await designer.page.evaluate(`(() => {
    const input = document.activeElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    for (const value of ['my-app-webx', 'my-app-web']) {
      setValue.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  })()`);
  await designer.expectOutput('cfn-json', expected);
  await expect(name).toHaveValue('my-app-web');
  await expect(name).toHaveAttribute('aria-invalid', 'false');

  // The engine's finding on a name ECR refuses reaches the field when the pane renders.
  await name.press('End');
  await name.pressSequentially('X');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(designer.outputStatus).not.toHaveText('Up to date');
  await name.press('Backspace');
  await expect(name).toHaveAttribute('aria-invalid', 'false');
  await expect(designer.outputStatus).toHaveText('Up to date');

  // All of it was typing in one field: one undo step back to the seed.
  await name.blur();
  await designer.undo();
  await expect(name).toHaveValue('my-app');
});
