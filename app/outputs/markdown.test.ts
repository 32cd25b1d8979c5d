import { describe, expect, it } from 'vitest';
import { markdownOf } from './markdown';

describe('markdownOf', () => {
  it('puts the link first and the output in a fenced block of its language', () => {
    expect(markdownOf('EcrStack: CDK TypeScript', 'http://x/#v1.a', 'typescript', 'a;\n')).toBe(
      '[EcrStack: CDK TypeScript](http://x/#v1.a)\n\n```ts\na;\n```\n',
    );
  });

  it('uses a fence no run of backticks in the text can close, and escapes the link text', () => {
    const text = 'description: "```js and ````"';
    const markdown = markdownOf('a [b] \\ c', 'http://x/', 'yaml', text);
    expect(markdown).toBe(`[a \\[b\\] \\\\ c](http://x/)\n\n\`\`\`\`\`yaml\n${text}\n\`\`\`\`\`\n`);
  });
});
