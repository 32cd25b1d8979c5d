/**
 * render(design) is renderBase and printOutputs together: the app calls the parts apart (the
 * printers load on demand), the CLI and library users call render. The parts of a design must
 * give what render gives it, to the byte, each text alone as well as all of them.
 */
import { describe, expect, it } from 'vitest';
import { fixtureNames, loadFixture } from '../../oracle/fixtures';
import type { Design } from '../index';
import { loadPrinters, outputNames, render, renderBase } from '../index';
import { printOutputs } from './printOutputs';

const fixtures = fixtureNames().map((name) => [name, loadFixture(name)] as const);
const seed = loadFixture('seed-example.json');
const withImages: Design = {
  ...seed,
  repositories: seed.repositories.map((r) => ({ ...r, sampleImages: [] })),
};

describe.each([...fixtures, ['seed-example.json with sample images', withImages] as const])(
  '%s',
  (_name, design) => {
    // Of a clone: the parts must not merely find render's results in its caches.
    const whole = render(structuredClone(design));

    it('renderBase gives render’s findings, template and repositories', () => {
      const { findings, template, repositories } = whole;
      expect(JSON.stringify(renderBase(design))).toBe(
        JSON.stringify({ findings, template, repositories }),
      );
    });

    it('printOutputs gives render’s texts, all of them or one at a time', () => {
      const { template } = renderBase(design);
      const texts = printOutputs(design, template);
      for (const name of outputNames) {
        expect(texts[name]).toBe(whole[name]);
        const alone = printOutputs(design, template, [name]);
        expect(alone[name]).toBe(whole[name]);
        expect(Object.values(alone).filter((text) => text !== undefined).length).toBe(
          whole[name] === undefined ? 0 : 1,
        );
      }
    });
  },
);

describe('loadPrinters and render’s outputs option', () => {
  it('loads printOutputs and renderSnippet', async () => {
    const printers = await loadPrinters();
    expect(printers.printOutputs).toBe(printOutputs);
    expect(printers.renderSnippet(seed, 0, 'python')).toContain('ecr.Repository(');
  });

  it('prints render’s text for a subset, with the others undefined', () => {
    const partial = render(seed, { outputs: ['cfnYaml'] });
    expect(partial.cdkTypescript).toBeUndefined();
    expect(partial.cfnJson).toBeUndefined();
    expect(partial.cfnYaml).toBe(render(seed).cfnYaml);
  });
});
