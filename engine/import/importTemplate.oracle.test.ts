import { describe, expect, it } from 'vitest';
import { fixtureNames, loadFixture } from '../../oracle/fixtures';
import { synthStack } from '../../oracle/synthCdk';
import { render } from '../render/render';
import { importText } from './importTemplate';

const validFixtures = fixtureNames().filter((f) => !/(^|\/)(invalid|deploy)-/.test(f));

describe('importing templates synthesized by aws-cdk-lib', () => {
  it.each(validFixtures)(
    '%s: without warnings, the imported design renders exactly what CDK synthesized',
    (name) => {
      const design = loadFixture(name);
      const synthesized = synthStack(render(design).cdkTypescript, design.stackName ?? 'EcrStack');
      if (!synthesized.ok) throw new Error(synthesized.messages.join('\n'));
      const imported = importText(JSON.stringify(synthesized.template));
      expect(imported.findings.filter((f) => f.severity === 'error')).toEqual([]);
      if (imported.findings.length === 0) {
        expect(JSON.stringify(render(imported.design!).template)).toBe(
          JSON.stringify(synthesized.template),
        );
      } else {
        // Whatever differs is named: every warning carries the path of what it concerns.
        for (const finding of imported.findings)
          expect(finding.path).toMatch(
            /^(Resources|Parameters|Outputs|Conditions|Mappings|Rules)\./,
          );
      }
    },
  );

  it('imports most fixtures without any warning', () => {
    const clean = validFixtures.filter((name) => {
      const design = loadFixture(name);
      return importText(render(design).cfnJson!).findings.length === 0;
    });
    expect(clean.length).toBeGreaterThanOrEqual(validFixtures.length - 12);
  });
});
