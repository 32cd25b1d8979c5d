/** The AWS::Events::Rule of a repository's event rule, and the Lambda permissions of its targets. */
import type { Design, FunctionDesign, RepositoryDesign } from '../design/designSchema';
import type { EventRuleDesign } from '../design/entitySchemas';
import { eventRuleProperties } from '../design/properties/eventRuleProperties';
import { type ConstructNode, entityResourceId } from './constructNode';
import { getAtt, type Json, ref } from './intrinsics';
import { sortedTags } from './repositoryResource';
import { tableProperties } from './tableProperties';

/** The event pattern each Repository method builds (aws-ecr/lib/repository.js), merged in order. */
function eventPattern(rule: EventRuleDesign, repositoryRef: Json): Record<string, Json> {
  if (rule.method === 'onImageScanCompleted') {
    const detail: Record<string, Json> = {
      'repository-name': [repositoryRef],
      'scan-status': ['COMPLETE'],
    };
    if (rule.imageTags !== undefined) detail['image-tags'] = rule.imageTags;
    return { source: ['aws.ecr'], 'detail-type': ['ECR Image Scan'], detail };
  }
  if (rule.method === 'onCloudTrailImagePushed') {
    const requestParameters: Record<string, Json> = { repositoryName: [repositoryRef] };
    if (rule.imageTag) requestParameters.imageTag = [rule.imageTag];
    return {
      source: ['aws.ecr'],
      'detail-type': ['AWS API Call via CloudTrail'],
      detail: { requestParameters, eventName: ['PutImage'] },
    };
  }
  return { source: ['aws.ecr'], detail: { 'repository-name': [repositoryRef] } };
}

function targetArn(
  design: Design,
  entities: readonly ConstructNode[],
  target: NonNullable<EventRuleDesign['targets']>[number],
): Json {
  if (target.topic !== undefined) return ref(entityResourceId(entities, 'topics', target.topic));
  if (target.queue !== undefined)
    return getAtt(entityResourceId(entities, 'queues', target.queue), 'Arn');
  return design.functions?.find((f) => f.id === target.function)?.functionArn ?? '';
}

/** What an event rule's resource reads besides the rule: its repository's and its targets'. */
export interface RuleLinks {
  /** The repository's Ref. */
  repositoryRef: Json;
  /** The repository's tags, which CDK puts on the rule too. */
  tags: RepositoryDesign['tags'];
  /** Each target's ARN, in order. */
  targetArns: Json[];
}

/** The links of a rule on `repo`; `entities` are the stack's children, its targets among them. */
export function ruleLinks(
  design: Design,
  entities: readonly ConstructNode[],
  repo: RepositoryDesign,
  rule: EventRuleDesign,
  repositoryRef: Json,
): RuleLinks {
  const targetArns = (rule.targets ?? []).map((target) => targetArn(design, entities, target));
  return { repositoryRef, tags: repo.tags, targetArns };
}

export function ruleResource(rule: EventRuleDesign, links: RuleLinks): object {
  const targets = links.targetArns.map((Arn, index) => ({ Arn, Id: `Target${index}` }));
  // events.Rule writes ENABLED unless its `enabled` prop is false; OnEventOptions has no such prop.
  const properties = tableProperties(eventRuleProperties, rule, {
    EventPattern: eventPattern(rule, links.repositoryRef),
    State: 'ENABLED',
    Tags: sortedTags(links.tags),
    Targets: targets.length > 0 ? targets : undefined,
  });
  return { Type: 'AWS::Events::Rule', Properties: properties };
}

/** The permission for EventBridge to invoke a function, from the rule whose ARN is `ruleArn`. */
export function permissionResource(fn: FunctionDesign, ruleArn: Json): object {
  return {
    Type: 'AWS::Lambda::Permission',
    Properties: {
      Action: 'lambda:InvokeFunction',
      FunctionName: fn.functionArn,
      Principal: 'events.amazonaws.com',
      SourceArn: ruleArn,
    },
  };
}
