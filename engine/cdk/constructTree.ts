/**
 * The stack's constructs, once, in the order the generated code creates them (stackEntities):
 * keys, the principals that are constructs (not an AccountPrincipal or AnyPrincipal), topics,
 * queues, functions, repositories, each with its children; then the policies that resource policy
 * statements, event targets and grants add below them. The template, the policies and the
 * checks read order, construct paths and logical IDs from here and nowhere else.
 */
import type { Design, KeyDesign, PrincipalDesign } from '../design/designSchema';
import { defaultStackName } from '../design/designSchema';
import type { EventRuleDesign } from '../design/entitySchemas';
import { type StackEntity, stackEntities } from '../design/stackConstructs';
import type { FieldPath } from '../fieldPath';
import { isConstructPrincipal } from '../iam/principals';
import { collectPolicies, type StackPolicies } from '../iam/stackPolicies';
import {
  type ConstructNode,
  cfnResource,
  construct,
  entityNode,
  type Origin,
  withResource,
} from './constructNode';
import { uniqueIdOf } from './generatedNames';
import { policyConstructs } from './policyConstructs';

export interface ConstructTree {
  /** The stack's construct id (the design's stackName): the first component of every path. */
  stackName: string;
  /** The stack's children in creation order, each with its own. */
  children: readonly ConstructNode[];
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
  return withResource('key', key.id, stack, origin, (path) =>
    key.alias === undefined ? [] : [withResource('alias', 'Alias', path, origin)],
  );
}

function principalNode(principal: PrincipalDesign, origin: Origin, stack: Scope): ConstructNode {
  if (principal.type === 'Role.fromRoleArn')
    return construct('importedRole', principal.id, stack, origin);
  return withResource(principal.type === 'User' ? 'user' : 'role', principal.id, stack, origin);
}

/**
 * targets.LambdaFunction adds a CfnPermission below the rule, named after the function's unique
 * id, when the function is in the stack's environment; addLambdaPermission skips an id the rule
 * already has.
 */
function permissionNodes(
  design: Design,
  rule: EventRuleDesign,
  scope: Scope,
  entities: readonly ConstructNode[],
): ConstructNode[] {
  const permissions: ConstructNode[] = [];
  for (const target of rule.targets ?? []) {
    const fn =
      target.function === undefined
        ? undefined
        : entityNode(entities, 'functions', target.function);
    if (!fn || !design.functions![fn.index]!.sameEnvironment) continue;
    const id = `AllowEventRule${uniqueIdOf(fn.path)}`;
    if (permissions.some((permission) => permission.id === id)) continue;
    permissions.push(cfnResource('permission', id, scope, fn));
  }
  return permissions;
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
  return withResource('repository', repository.id, stack, origin, (path) =>
    (repository.eventRules ?? []).map((rule, index) =>
      withResource('eventRule', rule.id, path, originAt(rulesPath, index), (rulePath) =>
        permissionNodes(design, rule, rulePath, entities),
      ),
    ),
  );
}

/** The construct an entity makes; an AccountPrincipal or AnyPrincipal makes none. */
function entityConstruct(design: Design, entity: StackEntity, stack: Scope): ConstructNode[] {
  const { id, index } = entity;
  const origin = { designPath: entity.path, index };
  switch (entity.kind) {
    case 'keys':
      return [keyNode(design.keys![index]!, origin, stack)];
    case 'principals': {
      const principal = design.principals![index]!;
      return isConstructPrincipal(principal) ? [principalNode(principal, origin, stack)] : [];
    }
    case 'topics':
      return [withResource('topic', id, stack, origin)];
    case 'queues':
      return [withResource('queue', id, stack, origin)];
    case 'functions':
      return [construct('importedFunction', id, stack, origin)];
  }
}

/** The stack's children before any policy is known, in the order the code creates them. */
function entityNodes(design: Design, stack: Scope): ConstructNode[] {
  const entities = stackEntities(design).flatMap((entity) =>
    entityConstruct(design, entity, stack),
  );
  const repositories = design.repositories.map((_, index) =>
    repositoryNode(design, originAt(['repositories'], index), stack, entities),
  );
  return [...entities, ...repositories];
}

/** The construct tree of a design's stack (see the module comment). */
export function constructTree(design: Design): ConstructTree {
  const stackName = design.stackName ?? defaultStackName;
  const entities = entityNodes(design, [stackName]);
  const policies = collectPolicies(design, entities);
  return { stackName, children: policyConstructs(entities, policies), policies };
}
