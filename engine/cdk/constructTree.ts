/**
 * The stack's constructs, once, in the order the generated code creates them: keys, the
 * principals that are constructs, topics, queues, functions (constructOrder), then the
 * repositories, each with its children; the registry's L1s (registryNodes.ts); then the policies that resource policy statements,
 * event targets and grants add below them; the outputs (CfnOutput) last. The template, the policies, the checks, the variable
 * names and the statement model read order, construct paths and logical IDs from here and
 * nowhere else.
 */
import type { Design, KeyDesign, PrincipalDesign } from '../design/designSchema';
import { defaultStackName } from '../design/designSchema';
import { constructOrder, type EntityList } from '../design/stackConstructs';
import type { FieldPath } from '../fieldPath';
import { isConstructPrincipal } from '../iam/principals';
import { collectPolicies, type StackPolicies } from '../iam/stackPolicies';
import { perObject } from '../util/memo';
import {
  type ConstructNode,
  cfnResource,
  construct,
  isConstruct,
  type Origin,
  type StackEntry,
  withResource,
} from './constructNode';
import { permissionNodes } from './lambdaPermissions';
import { policyConstructs } from './policyConstructs';
import { registryNodes } from './registryNodes';

export interface ConstructTree {
  /** The stack's construct id (the design's stackName): the first component of every path. */
  stackName: string;
  /** The stack's children in creation order, each with its own. */
  children: readonly ConstructNode[];
  /**
   * What the code creates at the top of the stack, in its order: `children`, with each
   * AccountPrincipal and AnyPrincipal in its place among the principals (see PrincipalValue).
   * The code's variables and statements follow it; whatever is about constructs reads `children`.
   */
  entries: readonly StackEntry[];
  /** Every statement the constructs add, by the policy it goes to. */
  policies: StackPolicies;
}

type Scope = readonly string[];

const originAt = (list: FieldPath, index: number): Origin => ({
  designPath: [...list, index],
  index,
});

/** kms.Key makes its alias as its child `Alias`; a key imported by ARN makes nothing. */
function keyNode(key: KeyDesign, origin: Origin, stack: Scope): ConstructNode {
  if (key.keyArn !== undefined) return construct('importedKey', key.id, stack, origin);
  return withResource(
    'key',
    key.id,
    stack,
    origin,
    (path) =>
      key.alias === undefined
        ? []
        : [withResource('alias', 'Alias', path, origin, undefined, key.aliasLogicalId)],
    key.logicalId,
  );
}

function principalNode(principal: PrincipalDesign, origin: Origin, stack: Scope): ConstructNode {
  if (principal.type === 'Role.fromRoleArn')
    return construct('importedRole', principal.id, stack, origin);
  const kind = principal.type === 'User' ? 'user' : 'role';
  const kept = 'logicalId' in principal ? principal.logicalId : undefined;
  return withResource(kind, principal.id, stack, origin, undefined, kept);
}

/** Event rules are children of the repository, after its `Resource`. */
function repositoryNode(
  design: Design,
  origin: Origin,
  stack: Scope,
  entities: readonly ConstructNode[],
): ConstructNode {
  const repository = design.repositories[origin.index]!;
  const rulesPath = [...origin.designPath, 'eventRules'];
  return withResource(
    'repository',
    repository.id,
    stack,
    origin,
    (path) =>
      (repository.eventRules ?? []).map((rule, index) =>
        withResource(
          'eventRule',
          rule.id,
          path,
          originAt(rulesPath, index),
          (rulePath) => permissionNodes(design, rule, rulePath, entities),
          rule.logicalId,
        ),
      ),
    repository.logicalId,
  );
}

/** What an entry of a design list created before the repositories becomes at the top of the stack. */
function entityEntry(
  design: Design,
  list: Exclude<EntityList, 'repositories'>,
  index: number,
  stack: Scope,
): StackEntry {
  const origin = originAt([list], index);
  switch (list) {
    case 'keys':
      return keyNode(design.keys![index]!, origin, stack);
    case 'principals': {
      const principal = design.principals![index]!;
      if (isConstructPrincipal(principal)) return principalNode(principal, origin, stack);
      return { kind: 'principalValue', id: principal.id, ...origin };
    }
    case 'topics': {
      const { id, logicalId } = design.topics![index]!;
      return withResource('topic', id, stack, origin, undefined, logicalId);
    }
    case 'queues': {
      const { id, logicalId } = design.queues![index]!;
      return withResource('queue', id, stack, origin, undefined, logicalId);
    }
    case 'functions':
      return construct('importedFunction', design.functions![index]!.id, stack, origin);
  }
}

/** The stack's entries before any policy is known, in the order the code creates them. */
function stackEntries(design: Design, stack: Scope): StackEntry[] {
  const entities = constructOrder.flatMap((list) =>
    list === 'repositories'
      ? []
      : (design[list] ?? []).map((_, index) => entityEntry(design, list, index, stack)),
  );
  const constructs = entities.filter(isConstruct);
  const repositories = design.repositories.map((_, index) =>
    repositoryNode(design, originAt(['repositories'], index), stack, constructs),
  );
  const outputs = (design.outputs ?? []).map((output, index) =>
    cfnResource('output', output.id, stack, originAt(['outputs'], index)),
  );
  return [...entities, ...repositories, ...registryNodes(design, stack), ...outputs];
}

/** The `policyLogicalId` of the principal, topic or queue a node was made from. */
export function keptPolicyId(design: Design, owner: ConstructNode): string | undefined {
  const [list, index] = owner.designPath as [EntityList, number];
  if (list !== 'principals' && list !== 'topics' && list !== 'queues') return undefined;
  const entry = design[list]?.[index];
  return entry && 'policyLogicalId' in entry ? entry.policyLogicalId : undefined;
}

/** The `overflowPolicyLogicalIds` of the role a node was made from (none for other principals). */
export function keptOverflowIds(design: Design, owner: ConstructNode): readonly string[] {
  const [list, index] = owner.designPath as [EntityList, number];
  const entry = list === 'principals' ? design.principals?.[index] : undefined;
  return entry?.type === 'Role' ? (entry.overflowPolicyLogicalIds ?? []) : [];
}

/**
 * The construct tree of a design's stack (see the module comment). Kept per design object:
 * the analysis and the statement model of one render read the same tree.
 */
export const constructTree = perObject((design: Design): ConstructTree => {
  const stackName = design.stackName ?? defaultStackName;
  const created = stackEntries(design, [stackName]);
  const policies = collectPolicies(design, created.filter(isConstruct));
  const entries = policyConstructs(
    created,
    policies,
    (owner) => keptPolicyId(design, owner),
    (owner) => keptOverflowIds(design, owner),
  );
  return { stackName, children: entries.filter(isConstruct), entries, policies };
});

/** The stack's repositories, in creation order. */
export function repositoryNodes(tree: ConstructTree): ConstructNode[] {
  return tree.children.filter((node) => node.kind === 'repository');
}

/** A repository's event rules, in creation order. */
export function eventRuleNodes(repository: ConstructNode): ConstructNode[] {
  return repository.children.filter((child) => child.kind === 'eventRule');
}
