import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullDesignArbitrary } from '../../oracle/designArbitrary';
import { type Design, render } from '../index';
import { renderSnippet } from './snippet';

const indent = (text: string, by: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');

describe('renderSnippet', () => {
  it('prints one repository as the seed documentation does', () => {
    const design: Design = { version: 1, repositories: [{ id: 'Repo', imageScanOnPush: true }] };
    expect(renderSnippet(design, 0, 'python')).toBe(
      'ecr.Repository(self, "Repo", image_scan_on_push=True)\n',
    );
    expect(renderSnippet(design, 0, 'typescript')).toBe(
      "new ecr.Repository(this, 'Repo', { imageScanOnPush: true });\n",
    );
  });

  it('is exactly the repository’s statements of the whole stack module, in both languages', () => {
    fc.assert(
      fc.property(fullDesignArbitrary, (design) => {
        const result = render(design);
        design.repositories.forEach((_, index) => {
          expect(result.cdkTypescript).toContain(
            indent(renderSnippet(design, index, 'typescript')!, '    '),
          );
          expect(result.cdkPython).toContain(
            indent(renderSnippet(design, index, 'python')!, '        '),
          );
        });
      }),
      { numRuns: 200 },
    );
  });
});
