/**
 * The names CDK generates from construct paths, against aws-cdk-lib itself: Names.uniqueId and
 * Names.uniqueResourceName (any maxLength, odd ones split a fractional half), and the policy an
 * imported role gets, short and shortened.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { importedRolePolicyId, uniqueIdError } from './generatedNames';
import { logicalIdOf, uniqueResourceNameOf } from './logicalId';

const requireFromRoot = createRequire(new URL('../../package.json', import.meta.url));
const cdk = requireFromRoot('aws-cdk-lib') as typeof import('aws-cdk-lib');
const iam = requireFromRoot('aws-cdk-lib/aws-iam') as typeof import('aws-cdk-lib/aws-iam');
const flags = requireFromRoot('aws-cdk-lib/recommended-feature-flags.json');

const stackName = fc.oneof(
  fc.constantFrom('EcrStack', 'Default', 'Resource', 'S'),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,127}$/),
);
// An id such as '__proto__' or 'toString' is never added at all (the constructs library finds
// it "already" there: checks/repository.ts duplicateIdError), so no name is generated for it.
const constructId = fc
  .oneof(
    fc.constantFrom('Default', 'Resource', 'Role', 'a/b', 'Ré', '---'),
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.stringMatching(/^[A-Za-z0-9 ./_-]{100,300}$/),
  )
  .filter((id) => !(id.replaceAll('/', '--') in Object.prototype));

// Apps are never synthesized; without an outdir each would make a folder of its own.
const outdir = mkdtempSync(join(tmpdir(), 'ecr-names-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function importedRole(name: string, id: string) {
  const app = new cdk.App({ context: flags, analyticsReporting: false, outdir });
  const stack = new cdk.Stack(app, name);
  return iam.Role.fromRoleArn(stack, id, 'arn:aws:iam::123456789012:role/builder');
}

/** The id of the Policy construct the role's first statement creates, or what CDK throws. */
function cdkPolicyId(name: string, id: string): string {
  const role = importedRole(name, id);
  try {
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['ecr:*'], resources: ['*'] }));
  } catch (error) {
    return `throws: ${(error as Error).message}`;
  }
  return role.node.children.find((c) => c instanceof iam.Policy)!.node.id;
}

describe('generated names', () => {
  it('Names.uniqueId and Names.uniqueResourceName of a construct under the stack', () => {
    fc.assert(
      fc.property(stackName, constructId, fc.integer({ min: 9, max: 300 }), (name, id, max) => {
        fc.pre(uniqueIdError(name, id) === undefined);
        const role = importedRole(name, id);
        expect(logicalIdOf([name, id])).toBe(cdk.Names.uniqueId(role));
        expect(uniqueResourceNameOf([name, id], max)).toBe(
          cdk.Names.uniqueResourceName(role, { maxLength: max }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('the policy of an imported role, shortened past 128 characters', () => {
    const long = 'ExistingDeploymentRoleOfTheReleaseEngineeringTeam'.repeat(3);
    const cases: [string, string][] = [
      ['EcrStack', 'Builder'],
      ['EcrStack', long],
      ['Default', long],
      ['PlatformImagesDeliveryPipelineStack', long.slice(0, 80)],
    ];
    for (const [name, id] of cases)
      expect(importedRolePolicyId(name, id)).toBe(cdkPolicyId(name, id));
    expect(importedRolePolicyId('EcrStack', long)).toHaveLength(128);
    fc.assert(
      fc.property(stackName, constructId, (name, id) => {
        const error = uniqueIdError(name, id);
        const expected = error === undefined ? importedRolePolicyId(name, id) : `throws: ${error}`;
        expect(expected).toBe(cdkPolicyId(name, id));
      }),
      { numRuns: 300 },
    );
  });

  it('no name at all when the stack and the construct are both Default', () => {
    expect(uniqueIdError('Default', 'Default')).toBe(
      'Unable to calculate a unique id for an empty set of components',
    );
    expect(cdkPolicyId('Default', 'Default')).toBe(
      `throws: ${uniqueIdError('Default', 'Default')}`,
    );
  });
});
