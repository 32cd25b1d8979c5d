/**
 * The thresholds of CDK's split of a large role policy, against aws-cdk-lib: designs built here
 * at each edge, through the engine's own CDK TypeScript and the independent interpreter, and
 * the import of what CDK synthesizes.
 */
import { describe, expect, it } from 'vitest';
import { checkAgainstCdk } from '../../oracle/checkAgainstCdk';
import { checkAgainstInterpreter } from '../../oracle/checkAgainstInterpreter';
import { synthStack } from '../../oracle/synthCdk';
import { type Design, importText, parseDesign, render } from '../index';

const role = (id = 'Puller') => ({
  id,
  type: 'Role' as const,
  assumedBy: { service: 'ecs-tasks.amazonaws.com' },
});

function designOf(raw: object): Design {
  const parsed = parseDesign({ version: 1, ...raw });
  if (!parsed.design) throw new Error(JSON.stringify(parsed.findings));
  return parsed.design;
}

/** A role pulling from `count` repositories. */
const pulling = (count: number) =>
  designOf({
    principals: [role()],
    repositories: Array.from({ length: count }, (_, i) => ({ id: `Repo${i}` })),
    grants: Array.from({ length: count }, (_, i) => ({
      grant: 'grantPull',
      repository: `Repo${i}`,
      principal: 'Puller',
    })),
  });

/** A role with `count` grants of one long action each: one overflow policy per grant but the first. */
const longGrants = (count: number, roleId?: string) =>
  designOf({
    principals: [role(roleId)],
    repositories: [{ id: 'Repo' }],
    grants: Array.from({ length: count }, (_, i) => ({
      grant: 'grant',
      repository: 'Repo',
      principal: roleId ?? 'Puller',
      actions: [`ecr:Get${String.fromCharCode(65 + i).repeat(5000)}`],
    })),
  });

function checkBoth(design: Design): string {
  const outcome = checkAgainstInterpreter(design);
  expect(JSON.stringify(outcome.engineTemplate)).toBe(JSON.stringify(outcome.interpretedTemplate));
  return checkAgainstCdk(design).kind;
}

const overflowIds = (design: Design) =>
  Object.entries(render(design).template?.Resources ?? {})
    .filter(([, r]) => (r as { Type: string }).Type === 'AWS::IAM::ManagedPolicy')
    .map(([id]) => id);

describe('the split of a large role policy against aws-cdk-lib', () => {
  it('starts at the 61st repository a role pulls from', () => {
    expect(checkBoth(pulling(60))).toBe('template');
    expect(overflowIds(pulling(60))).toEqual([]);
    expect(checkBoth(pulling(61))).toBe('template');
    expect(overflowIds(pulling(61))).toEqual(['PullerOverflowPolicy16356DF63']);
  });

  it('warns as CDK does above 10 and above 20 managed policies', () => {
    for (const [count, ack] of [
      [11, undefined],
      [12, 'rolePolicyLarge'],
      [22, 'rolePolicyTooLarge'],
    ] as const) {
      const design = longGrants(count);
      expect(checkBoth(design)).toBe('template');
      const warnings = render(design).findings.map((f) => f.message);
      expect(warnings.join('\n')).toMatch(ack ? `[ack: @aws-cdk/aws-iam:${ack}]` : /^$/);
    }
  });

  it('fails CloudFormation validation when the overflow policy’s description exceeds 1,000', () => {
    expect(checkBoth(longGrants(2, 'R'.repeat(966)))).toBe('template');
    expect(checkBoth(longGrants(2, 'R'.repeat(967)))).toBe('validation-error');
  });

  it('imports CDK’s overflow policies back as the role’s grants', () => {
    const design = { ...longGrants(12), stackName: 'Platform' };
    const synth = synthStack(render(design).cdkTypescript, 'Platform');
    if (!synth.ok) throw new Error(synth.messages.join('\n'));
    const imported = importText(JSON.stringify(synth.template));
    expect(imported.findings).toEqual([]);
    expect(JSON.stringify(render(imported.design!).template)).toBe(JSON.stringify(synth.template));
  });
});
