/** Event rules of a template that a repository's onImageScanCompleted, onCloudTrailImagePushed or onEvent made. */
import { defaultResourceLogicalId } from '../cdk/constructNode';
import type { EventRuleDesign } from '../design/entitySchemas';
import { type EventRuleField, eventRuleProperties } from '../design/properties/eventRuleProperties';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import { cdkPathOf } from './constructIds';
import type { ImportedEntities } from './importedEntities';
import { keptLogicalId } from './importResourceOptions';
import { importTableFields, quietReader, readElsewhere } from './importTable';
import { importTargets } from './importTargets';
import { referencedLogicalId, type TemplateResource } from './templateValues';

const scanPattern = (repo: string) => ({
  source: ['aws.ecr'],
  'detail-type': ['ECR Image Scan'],
  detail: { 'repository-name': [{ Ref: repo }], 'scan-status': ['COMPLETE'] },
});

/** The repository an ECR event rule watches, and how the rule was made. */
interface RuleShape {
  repo: string;
  method: EventRuleDesign['method'];
  imageTags?: string[];
  imageTag?: string;
}

function ruleShape(pattern: unknown): RuleShape | undefined {
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

interface RuleImportContext {
  logicalId: string;
  resource: TemplateResource;
  /** The construct id of the repository the rule is a child of. */
  repoId: string;
  shape: RuleShape;
  path: FieldPath;
  resources: Record<string, TemplateResource>;
  entities: ImportedEntities;
  findings: Finding[];
}

/** The named handlers of the fields the event rule table has no template facet for, one each. */
export const eventRuleImportHandlers: Partial<
  Record<EventRuleField, (context: RuleImportContext) => Partial<EventRuleDesign>>
> = {
  id: (c) => ({ id: ruleIdOf(c.logicalId, c.repoId, c.resource) }),
  // The template's logical ID is kept where the construct id does not derive it.
  logicalId: (c) =>
    keptLogicalId(c.logicalId, [c.repoId, ruleIdOf(c.logicalId, c.repoId, c.resource)]),
  // The event pattern gives the method and the method's own options together.
  method: ({ shape: { repo: _, ...made } }) => made,
  imageTags: readElsewhere,
  imageTag: readElsewhere,
  targets: (c) => {
    const { resource, logicalId, resources, entities, path, findings } = c;
    const targets = importTargets(resource, logicalId, resources, entities, path, findings);
    return targets.length > 0 ? { targets } : {};
  },
};

/** Event rules of each repository (by logical ID), their fields in the table's order. */
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
    const properties = isPlainObject(resource.Properties) ? resource.Properties : {};
    const read = quietReader(properties, [...path, 'Properties'], findings);
    const context = { logicalId, resource, repoId, shape, path, resources, entities, findings };
    const rule = importTableFields(eventRuleProperties, eventRuleImportHandlers, context, read);
    rules.set(shape.repo, [...(rules.get(shape.repo) ?? []), rule as EventRuleDesign]);
    entities.handled.add(logicalId);
  }
  return rules;
}
