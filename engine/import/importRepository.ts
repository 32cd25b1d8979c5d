/** One AWS::ECR::Repository resource of a template → a repository of the design. */
import { removalPolicyOf } from '../cdk/repositoryResource';
import type { RepositoryDesign } from '../design/designSchema';
import {
  membersOf,
  type RemovalPolicy,
  type RepositoryEncryption,
  TagMutability,
} from '../design/enums';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import { dropUndefined } from '../util/dropUndefined';
import { checkedConstructId } from './constructIds';
import type { ImportedEntities } from './importedEntities';
import { keyIdOf } from './importKeys';
import { importLifecycleRules } from './importLifecyclePolicy';
import { isIntrinsic, type PropertyReader, propertyReader } from './templateValues';

const mutabilities = new Set<string>(membersOf(TagMutability));
const encryptions: Record<string, RepositoryEncryption> = {
  AES256: 'AES_256',
  KMS: 'KMS',
  KMS_DSSE: 'KMS_DSSE',
};

/** The properties a repository of the design holds; RepositoryPolicyText is importResourcePolicy.ts's. */
const readProperties = new Set([
  'RepositoryName',
  'ImageScanningConfiguration',
  'ImageTagMutability',
  'ImageTagMutabilityExclusionFilters',
  'EncryptionConfiguration',
  'EmptyOnDelete',
  'LifecyclePolicy',
  'Tags',
  'RepositoryPolicyText',
]);

/** The repository's RemovalPolicy; RETAIN (CDK's default) is left out. */
function importRemovalPolicy(
  resource: Record<string, unknown>,
  path: FieldPath,
  findings: Finding[],
): RemovalPolicy | undefined {
  const policy = removalPolicyOf(resource);
  if (policy === undefined) {
    const pair = `${resource.DeletionPolicy ?? 'Delete'}/${resource.UpdateReplacePolicy ?? 'Delete'}`;
    findings.push(
      designWarning(
        FindingCode.removalPolicyUnknown,
        [...path, 'DeletionPolicy'],
        `DeletionPolicy/UpdateReplacePolicy ${pair} has no CDK RemovalPolicy; RETAIN is used`,
      ),
    );
  }
  return policy === 'RETAIN' ? undefined : policy;
}

/** The encryption, and the key of the design it uses when KmsKey points at an imported key. */
function importEncryption(
  value: unknown,
  path: FieldPath,
  entities: ImportedEntities,
  findings: Finding[],
): { encryption?: RepositoryEncryption; encryptionKey?: string } {
  if (!isPlainObject(value)) return {};
  const encryptionKey = value.KmsKey === undefined ? undefined : keyIdOf(entities, value.KmsKey);
  if (value.KmsKey !== undefined && encryptionKey === undefined) {
    findings.push(
      designWarning(
        FindingCode.kmsKeyUnknown,
        [...path, 'KmsKey'],
        'only a key of this template or a key ARN can be imported; the AWS managed key is used',
      ),
    );
  }
  const type =
    typeof value.EncryptionType === 'string' ? encryptions[value.EncryptionType] : undefined;
  if (!type) {
    findings.push(
      designWarning(
        FindingCode.encryptionTypeUnknown,
        [...path, 'EncryptionType'],
        `unknown EncryptionType ${JSON.stringify(value.EncryptionType)}; left out`,
      ),
    );
  }
  return {
    ...(type && type !== 'AES_256' ? { encryption: type } : {}),
    ...(encryptionKey ? { encryptionKey } : {}),
  };
}

function importTags(
  value: unknown,
  path: FieldPath,
  findings: Finding[],
): Record<string, string> | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries = value.flatMap((tag, index) => {
    if (isPlainObject(tag) && typeof tag.Key === 'string' && typeof tag.Value === 'string')
      return [[tag.Key, tag.Value] as const];
    findings.push(
      designWarning(
        FindingCode.tagUnreadable,
        [...path, index],
        'tag without a literal Key and Value; left out',
      ),
    );
    return [];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Name, scanning and tag mutability with its exclusion filters. */
function imageSettings(read: PropertyReader, path: FieldPath, findings: Finding[]) {
  const repositoryName = read('RepositoryName', (v) => typeof v === 'string', 'string');
  const scanning = read('ImageScanningConfiguration', isPlainObject, 'object') as
    | Record<string, unknown>
    | undefined;
  const mutability = read(
    'ImageTagMutability',
    (v) => mutabilities.has(v as string),
    'tag mutability',
  );
  const filters = read('ImageTagMutabilityExclusionFilters', Array.isArray, 'list') as
    | unknown[]
    | undefined;
  return dropUndefined({
    repositoryName: repositoryName as string | undefined,
    imageScanOnPush: typeof scanning?.ScanOnPush === 'boolean' ? scanning.ScanOnPush : undefined,
    imageTagMutability: mutability as TagMutability | undefined,
    imageTagMutabilityExclusionFilters: filters?.flatMap((f, index) => {
      if (isPlainObject(f) && typeof f.ImageTagMutabilityExclusionFilterValue === 'string')
        return [f.ImageTagMutabilityExclusionFilterValue];
      const at = [...path, 'ImageTagMutabilityExclusionFilters', index];
      const message = 'not a filter with a literal value; left out';
      findings.push(designWarning(FindingCode.exclusionFilterUnreadable, at, message));
      return [];
    }),
  });
}

/** The lifecycle policy's registry and rules. */
function importLifecycle(read: PropertyReader, path: FieldPath, findings: Finding[]) {
  const lifecycle = read('LifecyclePolicy', isPlainObject, 'object') as
    | Record<string, unknown>
    | undefined;
  const registryId = lifecycle?.RegistryId;
  const text = lifecycle?.LifecyclePolicyText;
  const textPath = [...path, 'LifecyclePolicy', 'LifecyclePolicyText'];
  let rules: RepositoryDesign['lifecycleRules'];
  if (isIntrinsic(text)) {
    const message = 'an intrinsic function cannot be followed here; rules left out';
    findings.push(designWarning(FindingCode.intrinsicNotFollowed, textPath, message));
  } else if (text !== undefined) rules = importLifecycleRules(text, textPath, findings);
  return dropUndefined({
    lifecycleRegistryId: typeof registryId === 'string' ? registryId : undefined,
    lifecycleRules: rules && rules.length > 0 ? rules : undefined,
  });
}

export function importRepository(
  logicalId: string,
  resource: Record<string, unknown>,
  path: FieldPath,
  entities: ImportedEntities,
  findings: Finding[],
): RepositoryDesign {
  const propsPath = [...path, 'Properties'];
  const properties = isPlainObject(resource.Properties) ? resource.Properties : {};
  const read = propertyReader(properties, propsPath, findings);
  const repository: RepositoryDesign = {
    id: checkedConstructId(logicalId, resource, path, entities, findings),
    ...imageSettings(read, propsPath, findings),
    ...importEncryption(
      read('EncryptionConfiguration', isPlainObject, 'object'),
      [...propsPath, 'EncryptionConfiguration'],
      entities,
      findings,
    ),
    ...dropUndefined({
      removalPolicy: importRemovalPolicy(resource, path, findings),
      emptyOnDelete: read('EmptyOnDelete', (v) => typeof v === 'boolean', 'true or false') as
        | boolean
        | undefined,
    }),
    ...importLifecycle(read, propsPath, findings),
    ...dropUndefined({
      tags: importTags(read('Tags', Array.isArray, 'list'), [...propsPath, 'Tags'], findings),
    }),
  };
  for (const key of Object.keys(properties)) {
    if (readProperties.has(key)) continue;
    const message = `${key} is not part of the design format; left out`;
    findings.push(designWarning(FindingCode.fieldLeftOut, [...propsPath, key], message));
  }
  return repository;
}
