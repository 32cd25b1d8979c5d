/**
 * The schema violations (cfnSchema.ts) of every resource the engine writes, as findings on the
 * design fields the values come from. aws-cdk-lib's validation reports a description once
 * however many resources share it; a finding is kept once per field and message.
 */

import type { CfnConstraint } from '../cdk/cfnSchema';
import { type PropertyLocation, schemaViolations } from '../cdk/cfnSchemaCheck';
import { defaultResourceOf } from '../cdk/constructNode';
import type { ConstructTree } from '../cdk/constructTree';
import type { PlacedResource } from '../cdk/template';
import type { Design } from '../design/designSchema';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { perObject } from '../util/memo';
import { creationTemplateField } from './creationTemplates';
import { registrySchemaField } from './registrySchemaFields';

interface Source {
  design: Design;
  tree: ConstructTree;
  /** The design path of the entity that creates the resource. */
  path: FieldPath;
  logicalId: string;
  properties: Record<string, unknown>;
}

type FieldOf = (source: Source, location: PropertyLocation) => FieldPath;

/** A tag is named by its key (design tags are a record); the list itself by `tags`. */
function tagField(
  tagsPath: FieldPath,
  properties: Record<string, unknown>,
  index: unknown,
): FieldPath {
  const tags = properties.Tags;
  const key =
    Array.isArray(tags) && typeof index === 'number'
      ? (tags[index] as { Key?: unknown } | undefined)?.Key
      : undefined;
  return typeof key === 'string' ? [...tagsPath, key] : tagsPath;
}

const repositoryFields: Record<string, string> = {
  EncryptionConfiguration: 'encryptionKey',
  ImageTagMutabilityExclusionFilters: 'imageTagMutabilityExclusionFilters',
  RepositoryName: 'repositoryName',
};

const repositoryField: FieldOf = ({ path, properties }, [name, index, inner]) => {
  if (name === 'Tags') return tagField([...path, 'tags'], properties, index);
  if (name === 'LifecyclePolicy')
    return [...path, index === 'RegistryId' ? 'lifecycleRegistryId' : 'lifecycleRules'];
  const field = [...path, repositoryFields[name as string] ?? String(name)];
  return typeof index === 'number' && inner !== undefined ? [...field, index] : field;
};

/** The event rule the validator names by this logical ID: the first that has it. */
function ruleOf(tree: ConstructTree, logicalId: string) {
  for (const repository of tree.children) {
    const rule = repository.children.find(
      (child) => child.kind === 'eventRule' && defaultResourceOf(child) === logicalId,
    );
    if (rule) return { repositoryPath: repository.designPath, rulePath: rule.designPath };
  }
  return undefined;
}

const ruleFields: Record<string, string> = {
  Description: 'description',
  Name: 'ruleName',
  Targets: 'targets',
};

const eventRuleField: FieldOf = ({ tree, path, logicalId, properties }, [name, index]) => {
  const rule = ruleOf(tree, logicalId);
  if (!rule) return path;
  if (name === 'Tags') return tagField([...rule.repositoryPath, 'tags'], properties, index);
  const field = [...rule.rulePath, ruleFields[name as string] ?? String(name)];
  return typeof index === 'number' ? [...field, index] : field;
};

/** A permission's FunctionName is a function's ARN as the design gives it. */
const permissionField: FieldOf = ({ design, path, properties }) => {
  const index = (design.functions ?? []).findIndex(
    (f) => f.functionArn === properties.FunctionName,
  );
  return index < 0 ? path : ['functions', index, 'functionArn'];
};

const fieldsByType: Record<string, FieldOf> = {
  'AWS::ECR::Repository': repositoryField,
  'AWS::KMS::Key': ({ path }) => [...path, 'description'],
  'AWS::KMS::Alias': ({ path }) => [...path, 'alias'],
  'AWS::IAM::Policy': ({ path }) => [...path, 'id'],
  'AWS::Events::Rule': eventRuleField,
  'AWS::Lambda::Permission': permissionField,
  'AWS::ECR::RepositoryCreationTemplate': creationTemplateField,
  ...Object.fromEntries(
    [
      'PullThroughCacheRule',
      'PullTimeUpdateExclusion',
      'RegistryScanningConfiguration',
      'ReplicationConfiguration',
      'SigningConfiguration',
    ].map((type): [string, FieldOf] => [
      `AWS::ECR::${type}`,
      ({ path }, location) => registrySchemaField(path, location),
    ]),
  ),
};

const codeOf: Record<CfnConstraint['keyword'], FindingCode> = {
  pattern: FindingCode.schemaPatternMismatch,
  minLength: FindingCode.schemaTooShort,
  maxLength: FindingCode.schemaTooLong,
  minItems: FindingCode.schemaTooFewItems,
  maxItems: FindingCode.schemaTooManyItems,
  format: FindingCode.schemaFormatMismatch,
  uniqueItems: FindingCode.schemaItemsNotUnique,
};

type Resource = { Type: string; Properties?: Record<string, unknown> };

/** A resource's violations, once per resource object (template.ts keeps the unchanged ones). */
const violationsOf = perObject(({ Type, Properties }: Resource) =>
  Properties === undefined ? [] : schemaViolations(Type, Properties),
);

/** Template validation: the schema violations of the stack's resources, in resource order. */
export function schemaValidationErrors(
  resources: readonly PlacedResource[],
  design: Design,
  tree: ConstructTree,
): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const [logicalId, resource, path] of resources) {
    const { Type: type, Properties: properties } = resource as Resource;
    if (properties === undefined) continue;
    for (const violation of violationsOf(resource as Resource)) {
      const fieldOf = fieldsByType[type] ?? (() => path);
      const field = fieldOf({ design, tree, path, logicalId, properties }, violation.location);
      const key = JSON.stringify([field, violation.message]);
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        severity: 'error',
        origin: 'cdk-validate',
        code: codeOf[violation.row.keyword],
        path: field,
        message: violation.message,
      });
    }
  }
  return findings;
}
