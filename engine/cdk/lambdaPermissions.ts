/**
 * targets.LambdaFunction adds a CfnPermission below the rule, named after the function's unique
 * id (`AllowEventRule<unique id>`), when the function is in the stack's environment;
 * addLambdaPermission skips an id the rule already has. So the first target of each such
 * function makes it, and that target's `permissionLogicalId` is the logical ID it keeps.
 */
import type { Design } from '../design/designSchema';
import type { EventRuleDesign } from '../design/entitySchemas';
import { type ConstructNode, cfnResource, entityNode } from './constructNode';
import { uniqueIdOf } from './generatedNames';

/** The permission nodes of a rule at `scope`, in the order its targets add them. */
export function permissionNodes(
  design: Design,
  rule: EventRuleDesign,
  scope: readonly string[],
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
    permissions.push(cfnResource('permission', id, scope, fn, target.permissionLogicalId));
  }
  return permissions;
}

/** A permission of a rule whose logical ID the design keeps, with the target that keeps it. */
export interface KeptPermission {
  /** The permission's construct id below the rule. */
  id: string;
  logicalId: string;
  /** The index of the target (in the rule's `targets`) that made it. */
  target: number;
}

/** The permissions below a rule node (of the construct tree) that keep a logical ID. */
export function keptPermissions(
  design: Design,
  rule: EventRuleDesign,
  ruleNode: ConstructNode,
): KeptPermission[] {
  return ruleNode.children
    .filter((child) => child.kind === 'permission')
    .flatMap((permission) => {
      const fnId = design.functions![permission.index]!.id;
      const target = (rule.targets ?? []).findIndex((t) => t.function === fnId);
      const logicalId = rule.targets?.[target]?.permissionLogicalId;
      return logicalId ? [{ id: permission.id, logicalId, target }] : [];
    });
}
