/**
 * A construct of the stack as aws-cdk-lib's construct tree holds it, and the queries the
 * template, the policies and the checks make of it. The tree itself is built by constructTree.ts.
 */
import { constructOrder, type EntityList } from '../design/stackConstructs';
import type { FieldPath } from '../fieldPath';
import type { Statement } from '../iam/policyDocument';
import { defaultChildId, logicalIdOf, sanitizeConstructId } from './logicalId';

/**
 * What a construct is. `resource` is the `Resource` child (the L1) of the construct above it,
 * whose kind says which resource it is; a `permission` is an L1 of its own (CfnPermission).
 */
export type ConstructKind =
  | 'key'
  | 'importedKey'
  | 'alias'
  | 'user'
  | 'role'
  | 'importedRole'
  | 'topic'
  | 'queue'
  | 'importedFunction'
  | 'repository'
  | 'eventRule'
  | 'creationTemplate'
  | 'permission'
  | 'defaultPolicy'
  | 'overflowPolicy'
  | 'importedRolePolicy'
  | 'topicPolicy'
  | 'queuePolicy'
  | 'output'
  | RegistryKind
  | 'resource';

/** The registry's resources (the design's `registry`), each an L1 directly below the stack. */
export type RegistryKind =
  | 'creationTemplate'
  | 'replication'
  | 'pullThroughCacheRule'
  | 'scanning'
  | 'signing'
  | 'pullTimeUpdateExclusion'
  | 'registryPolicy';

export interface ConstructNode {
  kind: ConstructKind;
  /** The id the code gives the construct: the design's id, or the one CDK gives its child. */
  id: string;
  /** node.path's components, the stack's id first; ids as the constructs library stores them. */
  path: readonly string[];
  /** The logical ID of the CloudFormation resource it makes, when it makes one. */
  logicalId?: string;
  /** The design entry it comes from, e.g. `['repositories', 0, 'eventRules', 1]`; its owner's for CDK's own. */
  designPath: FieldPath;
  /** That entry's index in its design list (`keys`, `principals`, …, a repository's `eventRules`). */
  index: number;
  /** The statements of the policy it writes (policy constructs only). */
  statements?: readonly Statement[];
  children: readonly ConstructNode[];
}

/** Where a construct comes from in the design. */
export type Origin = Pick<ConstructNode, 'designPath' | 'index'>;

/** A construct with the children it makes, given its own path. */
export function construct(
  kind: ConstructKind,
  id: string,
  scope: readonly string[],
  origin: Origin,
  childrenOf: (path: readonly string[]) => readonly ConstructNode[] = () => [],
): ConstructNode {
  const path = [...scope, sanitizeConstructId(id)];
  const { designPath, index } = origin;
  return { kind, id, path, designPath, index, children: childrenOf(path) };
}

/**
 * An L1: the construct of one resource, whose logical ID its path below the stack gives, or
 * the one the design keeps (overrideLogicalId; an empty one CDK ignores).
 */
export function cfnResource(
  kind: ConstructKind,
  id: string,
  scope: readonly string[],
  origin: Origin,
  kept?: string,
): ConstructNode & { logicalId: string } {
  const path = [...scope, sanitizeConstructId(id)];
  const { designPath, index } = origin;
  const logicalId = kept || logicalIdOf(path.slice(1));
  return { kind, id, path, logicalId, designPath, index, children: [] };
}

/**
 * An L2: its L1 is its first child, `Resource`, with the logical ID the design keeps for it;
 * `more` are the children it makes after it.
 */
export function withResource(
  kind: ConstructKind,
  id: string,
  scope: readonly string[],
  origin: Origin,
  more: (path: readonly string[]) => readonly ConstructNode[] = () => [],
  kept?: string,
): ConstructNode {
  return construct(kind, id, scope, origin, (path) => [
    cfnResource('resource', defaultChildId, path, origin, kept),
    ...more(path),
  ]);
}

/** The kinds a design list's entries become at the top of the stack. */
export const entityKinds: Record<EntityList, readonly ConstructKind[]> = {
  keys: ['key', 'importedKey'],
  principals: ['user', 'role', 'importedRole'],
  topics: ['topic'],
  queues: ['queue'],
  functions: ['importedFunction'],
  repositories: ['repository'],
};

/**
 * An AccountPrincipal or AnyPrincipal. The generated code creates and names it in its place among
 * the principals, but it is a value, not a construct: it has no construct path and no logical
 * ID, and its id takes no place among the stack's children (two of one id do not clash). So it
 * is no ConstructNode and stays out of the tree's `children`, whose readers (the template, the
 * id and default-child checks) then need not know it; the tree lists it in `entries` alone.
 */
export interface PrincipalValue {
  kind: 'principalValue';
  id: string;
  designPath: FieldPath;
  /** Its index in the design's `principals`. */
  index: number;
}

/** What the code creates at the top of the stack: a construct, or a principal value. */
export type StackEntry = ConstructNode | PrincipalValue;

export const isConstruct = (entry: StackEntry): entry is ConstructNode =>
  entry.kind !== 'principalValue';

const listOfKind = new Map<StackEntry['kind'], EntityList>([
  ...constructOrder.flatMap((list) => entityKinds[list].map((kind) => [kind, list] as const)),
  ['principalValue', 'principals'],
]);

/** The design list a stack entry comes from (none for the constructs CDK adds below one). */
export const entityListOf = (entry: StackEntry): EntityList | undefined =>
  listOfKind.get(entry.kind);

/** The logical ID of a construct's `Resource` child (its default resource), when it has one. */
export function defaultResourceOf(node: ConstructNode): string | undefined {
  return node.children.find((child) => child.kind === 'resource')?.logicalId;
}

/**
 * The logical ID of a construct's default resource from the construct ids below the stack, for
 * readers that test ids the tree does not hold (the import proving what a logical ID came from).
 */
export function defaultResourceLogicalId(scope: readonly string[]): string {
  return logicalIdOf([...scope, defaultChildId]);
}

/** The first construct of a design list with this id among the stack's children. */
export function entityNode(
  nodes: readonly ConstructNode[],
  list: EntityList,
  id: string,
): ConstructNode | undefined {
  const kinds = entityKinds[list];
  return nodes.find((node) => node.id === id && kinds.includes(node.kind));
}

/**
 * The logical ID of the default resource of the entity a design entry names. A reference to an
 * entity the stack lacks (a design error) gets the ID such an entity's resource would have, so
 * the template and the checks of a design with that error stay total.
 */
export function entityResourceId(
  nodes: readonly ConstructNode[],
  list: EntityList,
  id: string,
): string {
  const node = entityNode(nodes, list, id);
  return (node && defaultResourceOf(node)) ?? defaultResourceLogicalId([id]);
}

/** A construct that makes a resource, with the construct it is a child of. */
export interface ResourceNode {
  node: ConstructNode & { logicalId: string };
  scope: ConstructNode;
}

/**
 * The constructs below `scope` that make resources, depth first: the order of the template. An
 * output has a logical ID too, but in the Outputs section.
 */
export function resourceNodes(scope: ConstructNode): ResourceNode[] {
  return scope.children.flatMap((node) => [
    ...(node.logicalId === undefined || node.kind === 'output'
      ? []
      : [{ node: node as ResourceNode['node'], scope }]),
    ...resourceNodes(node),
  ]);
}
