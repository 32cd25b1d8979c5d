import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imageCommandRecipes, type PreviewInput, recipesFor } from '../engine/index';
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

  it('prints the commands that produce each input of simulate under the option it feeds', () => {
    const help = usageText();
    const simulate = commandHelp.find((command) => command.name === 'simulate')!;
    const inputs: PreviewInput[] = ['images', 'manifests', 'in-use', 'compare'];
    for (const input of inputs) {
      const option = simulate.options.find((o) => o.name === input)!;
      const start = help.indexOf(`\n      ${optionFlag(option)}\n`);
      // Up to the next option (indented by six) of the help.
      const section = help.slice(start, help.indexOf('\n      --', start + 1));
      expect(recipesFor(input).length).toBeGreaterThan(0);
      for (const recipe of recipesFor(input)) {
        const block = [`# ${recipe.title}`, ...recipe.lines].map((l) => `          ${l}`);
        expect(section).toContain(block.join('\n'));
        expect(docs['docs/preview-images.md']).toContain(recipe.lines.join('\n'));
      }
    }
    // Every recipe feeds one of those inputs, so each is shown somewhere.
    expect(inputs.flatMap(recipesFor)).toEqual([...imageCommandRecipes]);
  });

  it('keeps every line of --help within 100 columns', () => {
    for (const line of usageText().split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});
