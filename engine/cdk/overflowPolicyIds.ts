/**
 * The logical IDs a role keeps for the `OverflowPolicy<n>` managed policies aws-cdk-lib splits
 * off its DefaultPolicy (`overflowPolicyLogicalIds`, index n-1).
 *
 * aws-cdk-lib 2.276 makes them in an Aspect the Role adds to itself (aws-iam/lib/role.js,
 * `splitLargePolicy`: `new ManagedPolicy(this, \`OverflowPolicy${i++}\`, …)`), so they exist
 * only once `app.synth()` invokes the aspects: `role.node.findChild('OverflowPolicy1')` after
 * the grants throws "No child with id: 'OverflowPolicy1'". The code therefore renames the ID CDK
 * derives for each (Stack.renameLogicalId, which CDK documents as "Rename a generated logical
 * identities"), which also runs through CDK's own checks of the new ID at synthesis.
 */
import type { ConstructNode } from './constructNode';
import type { ConstructTree } from './constructTree';
import { logicalIdOf } from './logicalId';

export interface KeptOverflowId {
  role: ConstructNode;
  /** n-1 for OverflowPolicy<n>: the index in the role's `overflowPolicyLogicalIds`. */
  index: number;
  /** The ID CDK derives from the policy's path, which the code renames. */
  derived: string;
  logicalId: string;
}

/** The L1 (`Resource`) of an overflow policy construct. */
const resourceOf = (policy: ConstructNode) => policy.children.find((c) => c.kind === 'resource');

/** Every overflow policy whose role keeps an ID for it (not empty), in construct order. */
export function keptOverflowPolicyIds(tree: ConstructTree): KeptOverflowId[] {
  return tree.children.flatMap((role) =>
    role.children
      .filter((child) => child.kind === 'overflowPolicy')
      .flatMap((policy, index): KeptOverflowId[] => {
        const resource = resourceOf(policy);
        if (!resource) return [];
        const derived = logicalIdOf(resource.path.slice(1));
        const logicalId = resource.logicalId ?? derived;
        return logicalId === derived ? [] : [{ role, index, derived, logicalId }];
      }),
  );
}

/** The number of overflow policies CDK gives the role. */
export const overflowPolicyCount = (role: ConstructNode) =>
  role.children.filter((child) => child.kind === 'overflowPolicy').length;
