/**
 * The policy constructs CDK adds below principals, topics and queues as statements reach them:
 * a user's or role's `DefaultPolicy` (a role's split into `OverflowPolicy<n>` managed policies
 * at synth, policySplit.ts), an imported role's `Policy<unique id>`, a topic's or queue's `Policy`.
 */
import type { Statement } from '../iam/policyDocument';
import { splitRolePolicy } from '../iam/policySplit';
import type { StackPolicies } from '../iam/stackPolicies';
import {
  type ConstructKind,
  type ConstructNode,
  type StackEntry,
  withResource,
} from './constructNode';
import { importedRolePolicyId } from './generatedNames';

/** The policy's logical ID the owner's design entry keeps (`policyLogicalId`), if any. */
export type KeptPolicyId = (owner: ConstructNode) => string | undefined;

/** The overflow policies' logical IDs a role's design entry keeps (index n-1 for OverflowPolicy<n>). */
export type KeptOverflowIds = (owner: ConstructNode) => readonly string[];

function policyConstruct(
  kind: ConstructKind,
  id: string,
  owner: ConstructNode,
  statements: readonly Statement[],
  kept?: string,
): ConstructNode {
  const { designPath, index } = owner;
  const node = withResource(kind, id, owner.path, { designPath, index }, undefined, kept);
  return { ...node, statements };
}

/**
 * A DefaultPolicy left without statements by the split makes no resource, and is left out. The
 * overflow policies keep the IDs the design renames theirs to (renameLogicalId; an empty one
 * renames nothing).
 */
function rolePolicies(
  role: ConstructNode,
  statements: readonly Statement[],
  kept: string | undefined,
  keptOverflow: readonly string[],
): ConstructNode[] {
  const { inline, overflow } = splitRolePolicy(statements);
  return [
    ...(inline.length > 0
      ? [policyConstruct('defaultPolicy', 'DefaultPolicy', role, inline, kept)]
      : []),
    ...overflow.map((part, index) =>
      policyConstruct(
        'overflowPolicy',
        `OverflowPolicy${index + 1}`,
        role,
        part,
        keptOverflow[index],
      ),
    ),
  ];
}

function identityPolicies(
  principal: ConstructNode,
  statements: readonly Statement[],
  kept: string | undefined,
  keptOverflow: readonly string[],
) {
  if (statements.length === 0) return [];
  if (principal.kind === 'role') return rolePolicies(principal, statements, kept, keptOverflow);
  if (principal.kind === 'user')
    return [policyConstruct('defaultPolicy', 'DefaultPolicy', principal, statements, kept)];
  const id = importedRolePolicyId(principal.path[0]!, principal.id);
  return [policyConstruct('importedRolePolicy', id, principal, statements, kept)];
}

function policiesOf(
  node: ConstructNode,
  policies: StackPolicies,
  keptId: KeptPolicyId,
  keptOverflow: KeptOverflowIds,
): ConstructNode[] {
  const of = (map: ReadonlyMap<string, Statement[]>) => map.get(node.id) ?? [];
  switch (node.kind) {
    case 'user':
    case 'role':
    case 'importedRole':
      return identityPolicies(node, of(policies.identity), keptId(node), keptOverflow(node));
    case 'topic':
    case 'queue': {
      const statements = of(node.kind === 'topic' ? policies.topics : policies.queues);
      const kind = node.kind === 'topic' ? 'topicPolicy' : 'queuePolicy';
      return statements.length > 0
        ? [policyConstruct(kind, 'Policy', node, statements, keptId(node))]
        : [];
    }
    default:
      return [];
  }
}

/** The stack's entries with the policies their statements make (a principal value makes none). */
export function policyConstructs(
  entries: readonly StackEntry[],
  policies: StackPolicies,
  keptId: KeptPolicyId,
  keptOverflow: KeptOverflowIds,
): StackEntry[] {
  return entries.map((entry) => {
    if (entry.kind === 'principalValue') return entry;
    const added = policiesOf(entry, policies, keptId, keptOverflow);
    return added.length === 0 ? entry : { ...entry, children: [...entry.children, ...added] };
  });
}
