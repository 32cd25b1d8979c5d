import { describe, expect, it } from 'vitest';
import { assertProperty } from '../../oracle/assertProperty';
import { fullDesignArbitrary } from '../../oracle/designArbitrary';
import { fixtureNames, loadFixture } from '../../oracle/fixtures';
import { synthStack } from '../../oracle/synthCdk';
import { render } from '../render/render';
import { importText } from './importTemplate';

const validFixtures = fixtureNames().filter((f) => !/(^|\/)(invalid|deploy)-/.test(f));

/**
 * The fixtures whose templates cannot come back whole, and why: a role imported by ARN whose
 * grants name it only by its role name, and statements that only a `__proto__` condition key
 * kept apart (CDK merges by the conditions' JSON, then resolution drops the key). Repositories
 * whose construct ids have characters a logical ID drops come back with their logical IDs kept.
 */
const expectedWarnings: Record<string, RegExp> = {
  'entities/grant-tokens-every-principal.json': /names the role builder but never its ARN/,
  'entities/condition-proto-keeps-statements-apart.json': /not carried over/,
};
const expectedWarningsFromCdkSynth: Record<string, RegExp> = {
  'entities/grant-tokens-every-principal.json': /names the role builder but never its ARN/,
  'entities/condition-proto-keeps-statements-apart.json': /not carried over/,
};

/** The template as the reference setup writes it: `cdk synth`'s construct paths and analytics taken out. */
function withoutCdkSynthExtras(template: unknown): unknown {
  type Resources = Record<string, Record<string, unknown>>;
  const sections = Object.entries(template as Record<string, Resources>)
    .filter(([name]) => name !== 'Conditions')
    .map(([name, section]) => {
      if (name !== 'Resources') return [name, section];
      const resources = Object.entries(section)
        .filter(([id]) => id !== 'CDKMetadata')
        .map(([id, { Metadata: _, ...resource }]) => [id, resource]);
      return [name, Object.fromEntries(resources)];
    });
  // In the template's order: a Description comes before the Resources.
  return Object.fromEntries(sections);
}

describe('importing templates synthesized by aws-cdk-lib', () => {
  it.each(
    validFixtures.flatMap((name) => [
      { name, asCdkCli: false },
      { name, asCdkCli: true },
    ]),
  )(
    '$name (as cdk synth writes it: $asCdkCli) comes back exactly, or with the warnings expected of it',
    ({ name, asCdkCli }) => {
      const design = loadFixture(name);
      const stackName = design.stackName ?? 'EcrStack';
      const synthesized = synthStack(render(design).cdkTypescript, stackName, stackName, asCdkCli);
      if (!synthesized.ok) throw new Error(synthesized.messages.join('\n'));
      const imported = importText(JSON.stringify(synthesized.template));
      const expected = (asCdkCli ? expectedWarningsFromCdkSynth : expectedWarnings)[name];
      if (expected === undefined) {
        expect(imported.findings).toEqual([]);
        const reference = asCdkCli
          ? withoutCdkSynthExtras(synthesized.template)
          : synthesized.template;
        expect(JSON.stringify(render(imported.design!).template)).toBe(JSON.stringify(reference));
      } else {
        expect(imported.findings.length).toBeGreaterThan(0);
        for (const finding of imported.findings) expect(finding.message).toMatch(expected);
      }
    },
  );
});

describe('importing what `cdk synth` writes for random designs', () => {
  it('renders it back exactly whenever it reports nothing, and mostly reports nothing', () => {
    let synthesized = 0;
    let exact = 0;
    assertProperty(
      'cdk synth imports',
      fullDesignArbitrary,
      (design) => {
        const rendered = render(design);
        if (!rendered.template) return;
        const stackName = design.stackName ?? 'EcrStack';
        const synth = synthStack(rendered.cdkTypescript, stackName, stackName, true);
        if (!synth.ok) return;
        synthesized++;
        const imported = importText(JSON.stringify(synth.template));
        expect(imported.findings.filter((f) => f.severity === 'error')).toEqual([]);
        if (imported.findings.length > 0) return;
        exact++;
        expect(JSON.stringify(render(imported.design!).template)).toBe(
          JSON.stringify(withoutCdkSynthExtras(synth.template)),
        );
      },
      { runs: 150 },
    );
    console.log(`cdk synth imports: ${exact} of ${synthesized} exact with no warning`);
    expect(exact).toBeGreaterThan(synthesized * 0.9);
  });
});
