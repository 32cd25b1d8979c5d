/**
 * What the split of a large role policy (iam/policySplit.ts) adds to a design's findings: CDK's
 * annotation when a role needs many managed policies, and CloudFormation's limit on the
 * description CDK gives each overflow policy.
 */

import { codePointLength } from '../cdk/cfnSchemaCheck';
import type { ConstructTree } from '../cdk/constructTree';
import { overflowPolicyDescription } from '../cdk/entityResources';
import { type Finding, joinPath } from '../findings';
import { managedPolicyCountWarning } from '../iam/policySplit';

/** AWS::IAM::ManagedPolicy's Description allows 1,000 characters. */
const maxDescriptionLength = 1000;

/** Each role of the stack with the number of overflow policies CDK gives it. */
function overflowCounts(tree: ConstructTree) {
  return tree.children.flatMap((role) => {
    const overflow = role.children.filter((child) => child.kind === 'overflowPolicy').length;
    return overflow > 0 ? [{ id: role.id, path: role.designPath, overflow }] : [];
  });
}

/** Role.splitLargePolicy's annotation: over 10 managed policies need a quota increase, over 20 fail. */
export function rolePolicyWarnings(tree: ConstructTree): Finding[] {
  // The design format attaches no managed policies of its own: the overflow ones are all.
  return overflowCounts(tree).flatMap(({ path, overflow }) => {
    const message = managedPolicyCountWarning(overflow);
    return message ? [{ severity: 'warning' as const, origin: 'cdk' as const, path, message }] : [];
  });
}

/** The overflow policy's description holds the role's construct path, which can be too long. */
export function overflowPolicyValidationErrors(tree: ConstructTree): Finding[] {
  return overflowCounts(tree).flatMap(({ id, path }) => {
    const length = codePointLength(overflowPolicyDescription(tree.stackName, id));
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
