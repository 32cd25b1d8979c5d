/**
 * Import of the entities beside repositories from a CDK-synthesized template: KMS keys and
 * aliases, IAM users and roles, SNS topics, SQS queues, event rules with their targets, and the
 * repository's encryption key. What cannot be followed is a warning with its path.
 */

import { defaultResourceLogicalId } from '../cdk/constructNode';
import { removalPolicyOf } from '../cdk/repositoryResource';
import {
  type EventRuleDesign,
  type KeyDesign,
  keyArnPattern,
  type PrincipalDesign,
  type TargetDesign,
} from '../design/entitySchemas';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import { importImportedRoles, splitUniqueId } from './importedRoles';
import { cdkPathOf, checkedConstructId } from './importRepository';

type Resource = Record<string, unknown> & { Type?: unknown; Properties?: Record<string, unknown> };

export interface ImportedEntities {
  keys: KeyDesign[];
  principals: PrincipalDesign[];
  topics: { id: string }[];
  queues: { id: string }[];
  functions: { id: string; functionArn: string; sameEnvironment?: boolean }[];
  /** Construct id of each imported entity, by logical ID. */
  idOf: Map<string, string>;
  /** Construct id of each role imported by ARN, by the logical ID of its policy. */
  policyOwner: Map<string, string>;
  /** Resources this import consumed or regenerates (policies of targets, aliases). */
  handled: Set<string>;
  /** The stack's construct id, when a logical ID that contains it proves it. */
  stackName?: string;
}

/**
 * The id of an existing key by its ARN (kms.Key.fromKeyArn, which creates no resource), added to
 * `keys` the first time; undefined for what is not a key ARN.
 */
export function importedKeyId(keys: KeyDesign[], arn: string): string | undefined {
  if (!keyArnPattern.test(arn)) return undefined;
  let key = keys.find((k) => k.keyArn === arn);
  if (!key) {
    key = { id: `ImportedKey${keys.length + 1}`, keyArn: arn };
    keys.push(key);
  }
  return key.id;
}

/** `{ Ref: X }` or `{ Fn::GetAtt: [X, attr] }` → X. */
export function referencedLogicalId(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  if (typeof value.Ref === 'string') return value.Ref;
  const getAtt = value['Fn::GetAtt'];
  return Array.isArray(getAtt) && typeof getAtt[0] === 'string' ? getAtt[0] : undefined;
}

/** `arn:${Partition}:iam::123456789012:root` as CDK writes an account principal, → the account id. */
export function accountOf(principal: unknown): string | undefined {
  const join = isPlainObject(principal) ? principal['Fn::Join'] : undefined;
  if (!Array.isArray(join) || !Array.isArray(join[1])) return undefined;
  const text = join[1].map((part: unknown) => (typeof part === 'string' ? part : '')).join('');
  return /^arn::iam::(\d{12}):root$/.exec(text)?.[1];
}

function importKey(
  id: string,
  logicalId: string,
  resource: Resource,
  resources: Record<string, Resource>,
  out: ImportedEntities,
): KeyDesign {
  const props = resource.Properties ?? {};
  const key: KeyDesign = { id };
  for (const [aliasId, alias] of Object.entries(resources)) {
    if (
      alias.Type === 'AWS::KMS::Alias' &&
      referencedLogicalId(alias.Properties?.TargetKeyId) === logicalId &&
      typeof alias.Properties?.AliasName === 'string'
    ) {
      key.alias = alias.Properties.AliasName;
      out.handled.add(aliasId);
    }
  }
  if (typeof props.Description === 'string') key.description = props.Description;
  if (typeof props.EnableKeyRotation === 'boolean') key.enableKeyRotation = props.EnableKeyRotation;
  const removal = removalPolicyOf(resource);
  if (removal && removal !== 'RETAIN') key.removalPolicy = removal;
  return key;
}

function importRole(
  id: string,
  resource: Resource,
  path: FieldPath,
  findings: Finding[],
): PrincipalDesign | undefined {
  const statement = (
    resource.Properties?.AssumeRolePolicyDocument as
      | { Statement?: { Principal?: Record<string, unknown> }[] }
      | undefined
  )?.Statement?.[0];
  const principal = statement?.Principal;
  if (typeof principal?.Service === 'string')
    return { type: 'Role', id, assumedBy: { service: principal.Service } };
  const account = accountOf(principal?.AWS);
  if (account) return { type: 'Role', id, assumedBy: { account } };
  findings.push(
    designWarning(
      FindingCode.roleTrustUnsupported,
      [...path, 'Properties', 'AssumeRolePolicyDocument'],
      'only roles assumed by one service or one account can be imported; left out',
    ),
  );
  return undefined;
}

/** The first pass: entities that exist on their own. */
export function importStandaloneEntities(
  resources: Record<string, Resource>,
  findings: Finding[],
): ImportedEntities {
  const out: ImportedEntities = {
    keys: [],
    principals: [],
    topics: [],
    queues: [],
    functions: [],
    idOf: new Map(),
    policyOwner: new Map(),
    handled: new Set(),
  };
  const importedRoles = new Map(
    importImportedRoles(resources, findings).map((entry) => [entry.policy, entry]),
  );
  const entityTypes = new Set([
    'AWS::KMS::Key',
    'AWS::IAM::User',
    'AWS::IAM::Role',
    'AWS::SNS::Topic',
    'AWS::SQS::Queue',
  ]);
  for (const [logicalId, resource] of Object.entries(resources)) {
    const importedRole = importedRoles.get(logicalId);
    if (importedRole) {
      out.principals.push(importedRole.role);
      out.policyOwner.set(logicalId, importedRole.role.id);
      out.stackName ??= importedRole.stack;
    }
    if (!entityTypes.has(resource.Type as string)) continue;
    const path = ['Resources', logicalId];
    const id = checkedConstructId(logicalId, resource, path, findings);
    let imported = true;
    if (resource.Type === 'AWS::KMS::Key')
      out.keys.push(importKey(id, logicalId, resource, resources, out));
    else if (resource.Type === 'AWS::IAM::User') out.principals.push({ type: 'User', id });
    else if (resource.Type === 'AWS::IAM::Role') {
      const role = importRole(id, resource, path, findings);
      if (role) out.principals.push(role);
      imported = role !== undefined;
    } else if (resource.Type === 'AWS::SNS::Topic') out.topics.push({ id });
    else out.queues.push({ id });
    if (imported) {
      out.idOf.set(logicalId, id);
      out.handled.add(logicalId);
    }
  }
  return out;
}

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

function importTargets(
  rule: Resource,
  ruleLogicalId: string,
  resources: Record<string, Resource>,
  entities: ImportedEntities,
  path: FieldPath,
  findings: Finding[],
): TargetDesign[] {
  const targets = Array.isArray(rule.Properties?.Targets)
    ? (rule.Properties.Targets as Record<string, unknown>[])
    : [];
  return targets.flatMap((target, index): TargetDesign[] => {
    const ref = referencedLogicalId(target.Arn);
    const type = ref === undefined ? undefined : resources[ref]?.Type;
    if (ref && type === 'AWS::SNS::Topic') return [{ topic: entities.idOf.get(ref)! }];
    if (ref && type === 'AWS::SQS::Queue') return [{ queue: entities.idOf.get(ref)! }];
    if (typeof target.Arn === 'string' && /:lambda:/.test(target.Arn)) {
      const permission = Object.entries(resources).find(
        ([, r]) =>
          r.Type === 'AWS::Lambda::Permission' &&
          referencedLogicalId(r.Properties?.SourceArn) === ruleLogicalId &&
          r.Properties?.FunctionName === target.Arn,
      );
      if (permission) entities.handled.add(permission[0]);
      const recovered = permission && functionIdOf(permission[0], ruleLogicalId);
      // Functions of one ARN differ by construct id, proven only by a permission's logical ID.
      let fn = entities.functions.find((f) =>
        recovered
          ? f.id === recovered.fn
          : f.functionArn === target.Arn && Boolean(f.sameEnvironment) === Boolean(permission),
      );
      if (!fn) {
        if (recovered) entities.stackName ??= recovered.stack;
        fn = {
          id: recovered ? recovered.fn : `Function${entities.functions.length + 1}`,
          functionArn: target.Arn,
          ...(permission ? { sameEnvironment: true } : {}),
        };
        entities.functions.push(fn);
      }
      return [{ function: fn.id }];
    }
    findings.push(
      designWarning(
        FindingCode.targetUnsupported,
        [...path, 'Properties', 'Targets', index],
        'only SNS topic, SQS queue and Lambda function targets can be imported; left out',
      ),
    );
    return [];
  });
}

/**
 * CDK names a rule's Lambda permission `AllowEventRule<unique id of the function>`, the unique id
 * of the path stack/function, which gives back the function's construct id and the stack's.
 */
function functionIdOf(
  permissionLogicalId: string,
  ruleLogicalId: string,
): { stack: string; fn: string } | undefined {
  const marker = 'AllowEventRule';
  const start = permissionLogicalId.indexOf(marker, ruleLogicalId.length - 8);
  if (start < 0) return undefined;
  const split = splitUniqueId(permissionLogicalId.slice(start + marker.length, -8));
  return split && { stack: split[0], fn: split[1] };
}

/** The rule's construct id below its repository, proven by the logical ID's hash when possible. */
function ruleIdOf(logicalId: string, repoId: string, resource: Resource): string {
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
  resources: Record<string, Resource>,
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
    if (rendered !== logicalId) {
      findings.push(
        designWarning(
          FindingCode.logicalIdChanges,
          path,
          `rendered from CDK its logical ID becomes ${rendered}; deploying that over a stack that has ${logicalId} replaces the rule`,
        ),
      );
    }
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
