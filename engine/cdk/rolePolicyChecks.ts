/**
 * What the split of a large role policy (iam/policySplit.ts) adds to a design's findings: CDK's
 * annotation when a role needs many managed policies, and CloudFormation's limit on the
 * description CDK gives each overflow policy.
 */
import type { Design } from '../design/designSchema';
import { type Finding, joinPath } from '../findings';
import type { Statement } from '../iam/policyDocument';
import { managedPolicyCountWarning, splitRolePolicy } from '../iam/policySplit';
import { codePointLength } from './cfnValidation';
import { overflowPolicyDescription } from './entityResources';

/** AWS::IAM::ManagedPolicy's Description allows 1,000 characters. */
const maxDescriptionLength = 1000;

/** Each role of the stack with the number of overflow policies CDK gives it. */
function overflowCounts(design: Design, identity: ReadonlyMap<string, readonly Statement[]>) {
  return (design.principals ?? []).flatMap((principal, index) => {
    const statements = identity.get(principal.id);
    if (principal.type !== 'Role' || !statements?.length) return [];
    const overflow = splitRolePolicy(statements).overflow.length;
    return overflow > 0
      ? [{ id: principal.id, path: joinPath('principals', index), overflow }]
      : [];
  });
}

/** Role.splitLargePolicy's annotation: over 10 managed policies need a quota increase, over 20 fail. */
export function rolePolicyWarnings(
  design: Design,
  identity: ReadonlyMap<string, readonly Statement[]>,
): Finding[] {
  // The design format attaches no managed policies of its own: the overflow ones are all.
  return overflowCounts(design, identity).flatMap(({ path, overflow }) => {
    const message = managedPolicyCountWarning(overflow);
    return message ? [{ severity: 'warning' as const, origin: 'cdk' as const, path, message }] : [];
  });
}

/** The overflow policy's description holds the role's construct path, which can be too long. */
export function overflowPolicyValidationErrors(
  design: Design,
  identity: ReadonlyMap<string, readonly Statement[]>,
  stackName: string,
): Finding[] {
  return overflowCounts(design, identity).flatMap(({ id, path }) => {
    const length = codePointLength(overflowPolicyDescription(stackName, id));
    if (length <= maxDescriptionLength) return [];
    return [
      {
        severity: 'error' as const,
        origin: 'cdk-validate' as const,
        path: joinPath(path, 'id'),
        message: `Description: length ${length} exceeds maximum ${maxDescriptionLength}`,
      },
    ];
  });
}
