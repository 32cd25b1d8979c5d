/** The statements of an event rule on a repository: the rule and its targets. */
import type { KeptPermission } from '../../cdk/lambdaPermissions';
import type { EventRuleDesign } from '../../design/entitySchemas';
import { eventRuleProperties } from '../../design/properties/eventRuleProperties';
import { childOf, defaultChildOf, resourceOptionStatements } from './buildResourceOptions';
import {
  call,
  cast,
  type Expression,
  ifSet,
  newOf,
  type Statement,
  statement,
  str,
  strings,
  struct,
  typeRef,
  unlessEmpty,
  variable,
} from './model';
import { tableProps } from './tableProps';
import { type EntityNames, ruleTargets, type TargetKind, targetVariable } from './variableNames';

const targetClasses: Record<TargetKind, string> = {
  topic: 'SnsTopic',
  queue: 'SqsQueue',
  function: 'LambdaFunction',
};

function targetExpressions(rule: EventRuleDesign, names: EntityNames): Expression[] {
  return ruleTargets(rule, names).map((target) => {
    const { kind, name } = targetVariable(target, names)!;
    return newOf('events-targets', targetClasses[kind], variable(name));
  });
}

/**
 * One target is added on the rule's creation, several through the rule's variable
 * (`variable`, allocated for rules with several targets or a kept logical ID, which is set
 * on the rule's CfnRule before its targets are added; a kept Lambda permission's is set after
 * them, on `rule.node.findChild('AllowEventRule…')`, the CfnPermission the target added).
 */
export function eventRuleStatements(
  rule: EventRuleDesign,
  { variable: ruleVariable, permissions }: { variable?: string; permissions: KeptPermission[] },
  repository: Expression,
  names: EntityNames,
): Statement[] {
  // The method's own options (the event pattern's) come first, then OnEventOptions' (the table's).
  const options = struct({
    imageTags: ifSet(rule.imageTags, strings),
    imageTag: ifSet(rule.imageTag, str),
    ...tableProps(eventRuleProperties, rule),
  });
  const created = call(repository, rule.method, str(rule.id), ...unlessEmpty(options));
  const targets = targetExpressions(rule, names);
  const kept = rule.logicalId !== undefined || permissions.length > 0;
  if (ruleVariable === undefined || (targets.length < 2 && !kept)) {
    if (targets.length === 0) return [statement(created)];
    return [statement(call(created, 'addTarget', targets[0]!))];
  }
  const own = defaultChildOf(variable(ruleVariable), typeRef('events', 'CfnRule'));
  return [
    statement(created, ruleVariable),
    ...resourceOptionStatements(own, { logicalId: rule.logicalId }),
    ...targets.map((target) => statement(call(variable(ruleVariable), 'addTarget', target))),
    ...permissions.flatMap(({ id, logicalId }) =>
      resourceOptionStatements(
        cast(childOf(variable(ruleVariable), id), typeRef('lambda', 'CfnPermission')),
        { logicalId },
      ),
    ),
  ];
}
