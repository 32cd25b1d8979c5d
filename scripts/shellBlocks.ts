/** The fenced shell blocks of a Markdown text (```sh, ```bash, ```shell), as lists of lines. */
export function shellBlocks(markdown: string): string[][] {
  const blocks: string[][] = [];
  const fence = /^```(sh|bash|shell)[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
  for (const match of markdown.matchAll(fence))
    blocks.push(match[2]!.replace(/\n$/, '').split('\n'));
  return blocks;
}

/** A line that is only a comment: pasted, the shell skips it. */
export function isCommentLine(line: string): boolean {
  return /^\s*#/.test(line);
}
