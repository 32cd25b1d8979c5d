/**
 * Event rules of a repository: `repository[method](id, options)`, then `addTarget` per target
 * in design order (targets.SnsTopic, targets.SqsQueue, targets.LambdaFunction). A target's
 * `permissionLogicalId` goes to the Lambda permission its addTarget added, if it added one.
 */
import type { Repository } from 'aws-cdk-lib/aws-ecr';
import type { IRuleTarget } from 'aws-cdk-lib/aws-events';
import type { CfnPermission } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import type { EventRuleDesign, TargetDesign } from '../../engine/index';
import { defined, lambda, targets } from './cdkLib';
import { type Entities, resolve } from './entities';
import { applyResourceOptions } from './resourceOptions';

function targetOf(target: TargetDesign, entities: Entities): IRuleTarget {
  if (target.topic !== undefined)
    return new targets.SnsTopic(resolve(entities.topics, target.topic, 'topic'));
  if (target.queue !== undefined)
    return new targets.SqsQueue(resolve(entities.queues, target.queue, 'queue'));
  if (target.function !== undefined)
    return new targets.LambdaFunction(resolve(entities.functions, target.function, 'function'));
  throw new Error('interpreter: a target names no topic, queue or function');
}

/** The Lambda permissions below the rule (targets.LambdaFunction adds them as its children). */
const permissionsOf = (rule: IConstruct) =>
  rule.node.children.filter(
    (child): child is CfnPermission => child instanceof lambda.CfnPermission,
  );

function createRule(repository: Repository, rule: EventRuleDesign) {
  const common = { description: rule.description, ruleName: rule.ruleName };
  switch (rule.method) {
    case 'onImageScanCompleted':
      return repository.onImageScanCompleted(
        rule.id,
        defined({ ...common, imageTags: rule.imageTags }),
      );
    case 'onCloudTrailImagePushed':
      return repository.onCloudTrailImagePushed(
        rule.id,
        defined({ ...common, imageTag: rule.imageTag }),
      );
    case 'onEvent':
      return repository.onEvent(rule.id, defined(common));
  }
}

export function addEventRules(
  repository: Repository,
  rules: readonly EventRuleDesign[],
  entities: Entities,
): void {
  for (const design of rules) {
    const rule = createRule(repository, design);
    applyResourceOptions(rule, design);
    for (const target of design.targets ?? []) {
      const before = permissionsOf(rule);
      rule.addTarget(targetOf(target, entities));
      const added = permissionsOf(rule).filter((permission) => !before.includes(permission));
      if (target.permissionLogicalId !== undefined && added.length > 0)
        added[0]!.overrideLogicalId(target.permissionLogicalId);
    }
  }
}
