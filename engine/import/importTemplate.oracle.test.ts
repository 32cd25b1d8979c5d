import { describe, expect, it } from 'vitest';
import { fixtureNames, loadFixture } from '../../oracle/fixtures';
import { synthStack } from '../../oracle/synthCdk';
import { render } from '../render/render';
import { importText } from './importTemplate';

const validFixtures = fixtureNames().filter((f) => !/(^|\/)(invalid|deploy)-/.test(f));

/**
 * The fixtures whose templates cannot come back whole, and why: construct ids with characters
 * a logical ID drops, and grants to roles imported by ARN (their identity policy is not read).
 */
const expectedWarnings: Record<string, RegExp> = {
  'adversarial-strings.json': /logical ID becomes/,
  'several-repositories.json': /logical ID becomes/,
  'entities/grant-actions.json': /only the policy of one user or role/,
  'entities/grant-pull.json': /only the policy of one user or role/,
  'entities/grant-pullpush.json':
    /only the policy of one user or role|renders this resource differently/,
  'entities/grant-push.json': /only the policy of one user or role/,
  'entities/grant-read.json': /only the policy of one user or role/,
  'entities/grant-tokens-every-principal.json': /only the policy of one user or role/,
  'entities/principal-imported-role.json': /only the policy of one user or role/,
};

describe('importing templates synthesized by aws-cdk-lib', () => {
  it.each(validFixtures)('%s comes back exactly, or with the warnings expected of it', (name) => {
    const design = loadFixture(name);
    const synthesized = synthStack(render(design).cdkTypescript, design.stackName ?? 'EcrStack');
    if (!synthesized.ok) throw new Error(synthesized.messages.join('\n'));
    const imported = importText(JSON.stringify(synthesized.template));
    const expected = expectedWarnings[name];
    if (expected === undefined) {
      expect(imported.findings).toEqual([]);
      expect(JSON.stringify(render(imported.design!).template)).toBe(
        JSON.stringify(synthesized.template),
      );
    } else {
      expect(imported.findings.length).toBeGreaterThan(0);
      for (const finding of imported.findings) expect(finding.message).toMatch(expected);
    }
  });
});
