import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceDocs } from '../scripts/referenceDocs';
import { commandHelp, globalOptions, optionFlag, usageText } from './usage';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const docs = referenceDocs(read('examples/images.json'));

describe('the reference documentation', () => {
  it.each(Object.keys(docs))('%s is what `npm run docs` generates', (path) => {
    // On failure: run `npm run docs` and commit the result.
    expect(read(path)).toBe(docs[path]);
  });

  it('documents every command and option of --help in docs/cli.md, and the help names them all', () => {
    const help = usageText();
    for (const command of commandHelp) {
      expect(docs['docs/cli.md']).toContain(`## ${command.name}\n`);
      for (const synopsis of command.synopsis) expect(help).toContain(`  ${synopsis}\n`);
      for (const option of command.options) {
        expect(docs['docs/cli.md']).toContain(`\`${optionFlag(option)}\``);
        expect(help).toContain(optionFlag(option));
      }
    }
    for (const option of globalOptions) expect(help).toContain(optionFlag(option));
    for (const code of ['0', '1', '2', '3'])
      expect(help).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
  });

  it('lets the README link to each generated document', () => {
    for (const path of Object.keys(docs)) expect(read('README.md')).toContain(`(${path})`);
  });

  it('keeps every line of --help within 100 columns', () => {
    for (const line of usageText().split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});
