/** The AWS::Events::Rule of each repository event rule, followed by its Lambda permissions. */
import type { Design, RepositoryDesign } from '../design/designSchema';
import type { EventRuleDesign } from '../design/entitySchemas';
import { ruleLogicalId } from '../iam/stackPolicies';
import { permissionId, type ResourceEntry } from './entityResources';
import { getAtt, type Json, ref } from './intrinsics';
import { logicalIdOf } from './logicalId';
import { sortedTags } from './repositoryResource';

/** The event pattern each Repository method builds (aws-ecr/lib/repository.js), merged in order. */
export function eventPattern(rule: EventRuleDesign, repositoryRef: Json): Record<string, Json> {
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

function targetArn(design: Design, target: NonNullable<EventRuleDesign['targets']>[number]): Json {
  if (target.topic !== undefined) return ref(logicalIdOf([target.topic, 'Resource']));
  if (target.queue !== undefined) return getAtt(logicalIdOf([target.queue, 'Resource']), 'Arn');
  return design.functions?.find((f) => f.id === target.function)?.functionArn ?? '';
}

function ruleResource(
  design: Design,
  repo: RepositoryDesign,
  rule: EventRuleDesign,
): Record<string, unknown> {
  const targets = (rule.targets ?? []).map((target, index) => ({
    Arn: targetArn(design, target),
    Id: `Target${index}`,
  }));
  const properties: Record<string, unknown> = {
    Description: rule.description,
    EventPattern: eventPattern(rule, ref(logicalIdOf([repo.id, 'Resource']))),
    Name: rule.ruleName,
    State: 'ENABLED',
    Tags: sortedTags(repo.tags),
    Targets: targets.length > 0 ? targets : undefined,
  };
  for (const key of Object.keys(properties))
    if (properties[key] === undefined) delete properties[key];
  return { Type: 'AWS::Events::Rule', Properties: properties };
}

/** One permission per function and rule: addLambdaPermission skips an id the rule already has. */
function permissionResources(
  design: Design,
  repo: RepositoryDesign,
  rule: EventRuleDesign,
  stackName: string,
): ResourceEntry[] {
  const seen = new Set<string>();
  const entries: ResourceEntry[] = [];
  const ruleArn = getAtt(ruleLogicalId(repo.id, rule.id), 'Arn');
  for (const target of rule.targets ?? []) {
    const fn = design.functions?.find((f) => f.id === target.function);
    const id = fn && permissionId(stackName, fn);
    if (!fn || !id || seen.has(id)) continue;
    seen.add(id);
    entries.push([
      logicalIdOf([repo.id, rule.id, id]),
      {
        Type: 'AWS::Lambda::Permission',
        Properties: {
          Action: 'lambda:InvokeFunction',
          FunctionName: fn.functionArn,
          Principal: 'events.amazonaws.com',
          SourceArn: ruleArn,
        },
      },
    ]);
  }
  return entries;
}

export function eventRuleResources(
  design: Design,
  repo: RepositoryDesign,
  stackName: string,
): ResourceEntry[] {
  return (repo.eventRules ?? []).flatMap((rule): ResourceEntry[] => [
    [ruleLogicalId(repo.id, rule.id), ruleResource(design, repo, rule)],
    ...permissionResources(design, repo, rule, stackName),
  ]);
}
