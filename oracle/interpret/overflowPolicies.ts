/**
 * `overflowPolicyLogicalIds` of roles: the OverflowPolicy<n> managed policies aws-cdk-lib splits
 * off a role's DefaultPolicy are made by an Aspect of the role at synthesis, so the interpreter
 * adds one of its own to the role (it runs after the role's, whose priority is MUTATING) and
 * renames the logical ID CDK allocates for each policy that exists (Stack.renameLogicalId), as
 * a CDK user would. An empty entry, or one past the policies CDK made, renames nothing.
 */
import type { CfnElement, IAspect, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { Design } from '../../engine/index';
import { cdk } from './cdkLib';
import type { Entities } from './entities';

/** The ID CDK derives for the element before any rename (Stack.allocateLogicalId, protected). */
const allocatedId = (stack: Stack, element: CfnElement) =>
  (stack as unknown as { allocateLogicalId(e: CfnElement): string }).allocateLogicalId(element);

function renameOverflowPolicies(role: IConstruct, logicalIds: readonly string[]): IAspect {
  return {
    visit(node) {
      if (node !== role) return;
      logicalIds.forEach((logicalId, index) => {
        const policy = role.node.tryFindChild(`OverflowPolicy${index + 1}`);
        if (!logicalId || !policy) return;
        const element = policy.node.defaultChild as CfnElement;
        const stack = cdk.Stack.of(role);
        stack.renameLogicalId(allocatedId(stack, element), logicalId);
      });
    },
  };
}

export function keepOverflowPolicyLogicalIds(design: Design, entities: Entities): void {
  for (const principal of design.principals ?? []) {
    if (principal.type !== 'Role' || !principal.overflowPolicyLogicalIds?.length) continue;
    const role = entities.principals.get(principal.id) as unknown as IConstruct | undefined;
    if (role)
      cdk.Aspects.of(role).add(renameOverflowPolicies(role, principal.overflowPolicyLogicalIds));
  }
}
