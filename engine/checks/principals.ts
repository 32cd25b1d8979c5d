/**
 * The checks of users' and roles' policies: their statements' actions, and what the split of a
 * large role policy (iam/policySplit.ts) adds to a design's findings: CDK's annotation when a
 * role needs many managed policies, and CloudFormation's limit on the description CDK gives each
 * overflow policy.
 */

import { codePointLength } from '../cdk/cfnSchemaCheck';
import { entityKinds } from '../cdk/constructNode';
import type { ConstructTree } from '../cdk/constructTree';
import { overflowPolicyDescription } from '../cdk/entityResources';
import { type Finding, FindingCode } from '../findings';
import { mergeStatements, statementOf } from '../iam/policyDocument';
import { managedPolicyCountWarning } from '../iam/policySplit';
import { synthError, validationError } from './phaseFindings';
import { noActionMessage } from './statements';

/** AWS::IAM::ManagedPolicy's Description allows 1,000 characters. */
const maxDescriptionLength = 1000;

/** Each role of the stack with the number of overflow policies CDK gives it. */
function overflowCounts(tree: ConstructTree) {
  return tree.children.flatMap((role) => {
    const overflow = role.children.filter((child) => child.kind === 'overflowPolicy').length;
    return overflow > 0 ? [{ id: role.id, path: role.designPath, overflow }] : [];
  });
}

/**
 * Warning phase: Role.splitLargePolicy's annotation: over 10 managed policies need a quota
 * increase, over 20 fail.
 */
export function rolePolicyWarnings(tree: ConstructTree): Finding[] {
  // The design format attaches no managed policies of its own: the overflow ones are all.
  return overflowCounts(tree).flatMap(({ path, overflow }) => {
    const message = managedPolicyCountWarning(overflow);
    const code = FindingCode.rolePolicyLarge;
    return message
      ? [{ severity: 'warning' as const, origin: 'cdk' as const, code, path, message }]
      : [];
  });
}

/**
 * Template validation: the overflow policy's description holds the role's construct path, which can
 * be too long.
 */
export function overflowPolicyValidationErrors(tree: ConstructTree): Finding[] {
  return overflowCounts(tree).flatMap(({ id, path }) => {
    const length = codePointLength(overflowPolicyDescription(tree.stackName, id));
    if (length <= maxDescriptionLength) return [];
    return [
      validationError(
        FindingCode.overflowDescriptionTooLong,
        [...path, 'id'],
        `Description: length ${length} exceeds maximum ${maxDescriptionLength}`,
      ),
    ];
  });
}

/**
 * Node validation: Policy.validate of each user's, role's and imported role's policy
 * (validateForIdentityPolicy, on the merged statements), in construct-tree order: principals come
 * before repositories.
 */
export function identityNodeValidation(tree: ConstructTree): Finding[] {
  return tree.children.flatMap((principal) => {
    if (!entityKinds.principals.includes(principal.kind)) return [];
    const statements = (tree.policies.identity.get(principal.id) ?? []).map(statementOf);
    return mergeStatements(statements)
      .filter((statement) => statement.actions.length === 0)
      .map((statement) =>
        synthError(
          FindingCode.statementWithoutActions,
          [...(statement.path ?? []), 'actions'],
          noActionMessage,
        ),
      );
  });
}
