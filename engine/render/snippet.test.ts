import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullDesignArbitrary } from '../../oracle/designArbitrary';
import { type Design, render } from '../index';
import { renderSnippet } from './snippet';

/** A snippet's leading notes (snippetNotes) are not statements of the module. */
const withoutNotes = (snippet: string) => snippet.replace(/^(?:(?:\/\/|#) .*\n)+/, '');

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

  it('notes what the pasted statements depend on: the stack’s construct id, a Default id', () => {
    const design: Design = {
      version: 1,
      stackName: 'DeliveryStack',
      functions: [
        {
          id: 'Notifier',
          functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:notify',
          sameEnvironment: true,
        },
      ],
      repositories: [
        {
          id: 'Default',
          eventRules: [{ id: 'Scan', method: 'onEvent', targets: [{ function: 'Notifier' }] }],
        },
        { id: 'Plain' },
      ],
    };
    const typescript = renderSnippet(design, 0, 'typescript')!.split('\n');
    expect(typescript.slice(0, 2)).toEqual([
      "// CDK names the Lambda permissions below after the stack's construct id, here 'DeliveryStack': in a stack with another id their logical IDs differ.",
      "// The id 'Default' fails `cdk synth` in a stack that also has a child 'Resource' (CDK cannot determine its default child).",
    ]);
    expect(renderSnippet(design, 0, 'python')!.split('\n')[0]).toBe(
      "# CDK names the Lambda permissions below after the stack's construct id, here 'DeliveryStack': in a stack with another id their logical IDs differ.",
    );
    expect(renderSnippet(design, 1, 'typescript')).toBe("new ecr.Repository(this, 'Plain');\n");
  });

  it('is exactly the repository’s statements of the whole stack module, in both languages', () => {
    fc.assert(
      fc.property(fullDesignArbitrary, (design) => {
        const result = render(design);
        design.repositories.forEach((_, index) => {
          expect(result.cdkTypescript).toContain(
            indent(withoutNotes(renderSnippet(design, index, 'typescript')!), '    '),
          );
          expect(result.cdkPython).toContain(
            indent(withoutNotes(renderSnippet(design, index, 'python')!), '        '),
          );
        });
      }),
      { numRuns: 200 },
    );
  });
});
