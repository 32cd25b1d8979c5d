/** "Copy as Markdown": the share link and an output in a code fence, for issues and reviews. */

const fenceLanguage = { typescript: 'ts', python: 'python', json: 'json', yaml: 'yaml' } as const;

/** A fence longer than any run of backticks in the text, so the text cannot close it. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Square brackets and backslashes would end or bend a link's text. */
const linkText = (text: string) => text.replace(/[\\[\]]/g, (c) => `\\${c}`);

export function markdownOf(
  title: string,
  url: string,
  language: keyof typeof fenceLanguage,
  text: string,
): string {
  const fence = fenceFor(text);
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `[${linkText(title)}](${url})\n\n${fence}${fenceLanguage[language]}\n${body}${fence}\n`;
}
