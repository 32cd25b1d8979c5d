/**
 * The logical IDs the design keeps for the policies CDK adds below a principal, topic or queue
 * as grants and event targets reach it: set once every statement is added, through
 * `x.node.findChild('DefaultPolicy')` (a topic's or queue's `Policy`, an imported role's
 * `Policy<unique id>`), as CDK users reach a child the L2 has no public accessor for. A role's
 * overflow policies exist only at synthesis (cdk/overflowPolicyIds.ts): the stack renames the
 * IDs CDK derives for them, `this.renameLogicalId('RoleOverflowPolicy1…', 'X')`.
 */

import type { ConstructKind, ConstructNode } from '../../cdk/constructNode';
import { type ConstructTree, keptPolicyId } from '../../cdk/constructTree';
import { keptOverflowPolicyIds } from '../../cdk/overflowPolicyIds';
import type { Design } from '../../design/designSchema';
import { childOf, defaultChildOf, resourceOptionStatements } from './buildResourceOptions';
import {
  call,
  type Statement,
  scope,
  statement,
  str,
  type TypeRef,
  typeRef,
  variable,
} from './model';
import type { VariableNames } from './variableNames';

const policyTypes: Partial<Record<ConstructKind, TypeRef>> = {
  defaultPolicy: typeRef('iam', 'CfnPolicy'),
  importedRolePolicy: typeRef('iam', 'CfnPolicy'),
  topicPolicy: typeRef('sns', 'CfnTopicPolicy'),
  queuePolicy: typeRef('sqs', 'CfnQueuePolicy'),
};

function ownerVariable(owner: ConstructNode, names: VariableNames): string | undefined {
  if (owner.kind === 'topic') return names.topics.get(owner.id);
  if (owner.kind === 'queue') return names.queues.get(owner.id);
  return names.principals.get(owner.id);
}

/** The statements that keep each policy's logical ID, in construct order. */
export function keptPolicyStatements(
  design: Design,
  tree: ConstructTree,
  names: VariableNames,
): Statement[] {
  return tree.children.flatMap((owner) =>
    owner.children.flatMap((policy) => {
      const type = policyTypes[policy.kind];
      const logicalId = keptPolicyId(design, owner);
      const name = ownerVariable(owner, names);
      // CDK ignores an empty ID (overrideLogicalId('') keeps the derived one).
      if (!type || !logicalId || name === undefined) return [];
      const child = defaultChildOf(childOf(variable(name), policy.id), type);
      return resourceOptionStatements(child, { logicalId });
    }),
  );
}

/** `this.renameLogicalId(derived, kept)` for each overflow policy whose role keeps an ID for it. */
export function keptOverflowStatements(tree: ConstructTree): Statement[] {
  return keptOverflowPolicyIds(tree).map(({ derived, logicalId }) =>
    statement(call(scope, 'renameLogicalId', str(derived), str(logicalId))),
  );
}
