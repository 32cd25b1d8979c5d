/** Event rules of a template that a repository's onImageScanCompleted, onCloudTrailImagePushed or onEvent made. */
import { defaultResourceLogicalId } from '../cdk/constructNode';
import type { EventRuleDesign } from '../design/entitySchemas';
import { isPlainObject } from '../design/schemaKit';
import { designWarning, type Finding, FindingCode } from '../findings';
import { cdkPathOf, checkLogicalId } from './constructIds';
import type { ImportedEntities } from './importedEntities';
import { importTargets } from './importTargets';
import { referencedLogicalId, type TemplateResource } from './templateValues';

const scanPattern = (repo: string) => ({
  source: ['aws.ecr'],
  'detail-type': ['ECR Image Scan'],
  detail: { 'repository-name': [{ Ref: repo }], 'scan-status': ['COMPLETE'] },
});

/** The repository an ECR event rule watches, and how the rule was made. */
function ruleShape(
  pattern: unknown,
):
  | { repo: string; method: EventRuleDesign['method']; imageTags?: string[]; imageTag?: string }
  | undefined {
  if (!isPlainObject(pattern) || !isPlainObject(pattern.detail)) return undefined;
  const detail = pattern.detail;
  const parameters = isPlainObject(detail.requestParameters) ? detail.requestParameters : undefined;
  const repo = referencedLogicalId(
    (detail['repository-name'] as unknown[] | undefined)?.[0] ??
      (parameters?.repositoryName as unknown[] | undefined)?.[0],
  );
  if (!repo) return undefined;
  const types = JSON.stringify(pattern['detail-type']);
  if (types === '["ECR Image Scan"]') {
    const tags = detail['image-tags'];
    const shape = {
      repo,
      method: 'onImageScanCompleted' as const,
      ...(Array.isArray(tags) ? { imageTags: tags as string[] } : {}),
    };
    const expected = scanPattern(repo) as Record<string, unknown>;
    if (shape.imageTags)
      (expected.detail as Record<string, unknown>)['image-tags'] = shape.imageTags;
    return JSON.stringify(expected) === JSON.stringify(pattern) ? shape : undefined;
  }
  if (types === '["AWS API Call via CloudTrail"]') {
    const tag = (parameters?.imageTag as unknown[] | undefined)?.[0];
    return {
      repo,
      method: 'onCloudTrailImagePushed',
      ...(typeof tag === 'string' ? { imageTag: tag } : {}),
    };
  }
  return pattern['detail-type'] === undefined ? { repo, method: 'onEvent' } : undefined;
}

/** The rule's construct id below its repository, proven by the logical ID's hash when possible. */
function ruleIdOf(logicalId: string, repoId: string, resource: TemplateResource): string {
  const parts = cdkPathOf(resource);
  if (parts?.length === 4 && parts[1] === repoId && parts[3] === 'Resource') return parts[2]!;
  const readable = logicalId.slice(0, -8);
  const prefix = repoId.replace(/[^A-Za-z0-9]/g, '');
  const candidate = readable.startsWith(prefix) ? readable.slice(prefix.length) : readable;
  return candidate !== '' && defaultResourceLogicalId([repoId, candidate]) === logicalId
    ? candidate
    : logicalId;
}

/** Event rules of each repository (by logical ID), with their targets. */
export function importEventRules(
  resources: Record<string, TemplateResource>,
  repoIds: Map<string, string>,
  entities: ImportedEntities,
  findings: Finding[],
): Map<string, EventRuleDesign[]> {
  const rules = new Map<string, EventRuleDesign[]>();
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (resource.Type !== 'AWS::Events::Rule') continue;
    const path = ['Resources', logicalId];
    const shape = ruleShape(resource.Properties?.EventPattern);
    const repoId = shape && repoIds.get(shape.repo);
    if (!shape || repoId === undefined) {
      findings.push(
        designWarning(
          FindingCode.eventRuleUnsupported,
          path,
          'only event rules made by a repository’s onImageScanCompleted, onCloudTrailImagePushed or onEvent can be imported; left out',
        ),
      );
      continue;
    }
    const { repo, ...rest } = shape;
    const rule: EventRuleDesign = { id: ruleIdOf(logicalId, repoId, resource), ...rest };
    const rendered = defaultResourceLogicalId([repoId, rule.id]);
    checkLogicalId({ logicalId, rendered, replaced: 'rule' }, path, entities, findings);
    if (typeof resource.Properties?.Description === 'string')
      rule.description = resource.Properties.Description;
    if (typeof resource.Properties?.Name === 'string') rule.ruleName = resource.Properties.Name;
    const targets = importTargets(resource, logicalId, resources, entities, path, findings);
    if (targets.length > 0) rule.targets = targets;
    rules.set(repo, [...(rules.get(repo) ?? []), rule]);
    entities.handled.add(logicalId);
  }
  return rules;
}
