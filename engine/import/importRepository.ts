/** One AWS::ECR::Repository resource of a template → a repository of the design. */

import { defaultResourceLogicalId } from '../cdk/constructNode';
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
import { importLifecycleRules } from './importLifecyclePolicy';

const isIntrinsic = (v: unknown) =>
  isPlainObject(v) &&
  Object.keys(v).length === 1 &&
  /^(Ref|Fn::\w+|Condition)$/.test(Object.keys(v)[0]!);
const mutabilities = new Set<string>(membersOf(TagMutability));
const encryptions: Record<string, RepositoryEncryption> = {
  AES256: 'AES_256',
  KMS: 'KMS',
  KMS_DSSE: 'KMS_DSSE',
};

/** The construct path `cdk synth` writes in each resource's Metadata, split at its slashes. */
export function cdkPathOf(resource: Record<string, unknown>): string[] | undefined {
  const cdkPath = isPlainObject(resource.Metadata) ? resource.Metadata['aws:cdk:path'] : undefined;
  return typeof cdkPath === 'string' ? cdkPath.split('/') : undefined;
}

/** The construct id CDK derived this logical ID from: from its path, or when the hash proves it. */
export function constructIdOf(logicalId: string, resource: Record<string, unknown>): string {
  const parts = cdkPathOf(resource);
  if (parts?.length === 3 && parts[2] === 'Resource') return parts[1]!;
  const readable = logicalId.slice(0, -8);
  if (readable !== '' && defaultResourceLogicalId([readable]) === logicalId) return readable;
  // An id `Resource` drops out of the readable part, leaving the hash alone.
  if (readable === '' && defaultResourceLogicalId(['Resource']) === logicalId) return 'Resource';
  return logicalId;
}

/** The construct id, with a warning when rendering it would not give back the same logical ID. */
export function checkedConstructId(
  logicalId: string,
  resource: Record<string, unknown>,
  path: FieldPath,
  findings: Finding[],
  parent?: string,
): string {
  const id = constructIdOf(logicalId, resource);
  const rendered = defaultResourceLogicalId(parent === undefined ? [id] : [parent, id]);
  if (rendered !== logicalId) {
    findings.push(
      designWarning(
        FindingCode.logicalIdChanges,
        path,
        `rendered from CDK its logical ID becomes ${rendered}; deploying that over a stack that has ${logicalId} replaces the resource`,
      ),
    );
  }
  return id;
}

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

type Reader = (key: string, check: (v: unknown) => boolean, what: string) => unknown;

function readerFor(
  properties: Record<string, unknown>,
  path: FieldPath,
  findings: Finding[],
): Reader {
  return (key, check, what) => {
    const value = properties[key];
    if (value === undefined) return undefined;
    if (isIntrinsic(value)) {
      findings.push(
        designWarning(
          FindingCode.intrinsicNotFollowed,
          [...path, key],
          `${Object.keys(value as object)[0]} cannot be followed here (a literal ${what} is needed); left out`,
        ),
      );
      return undefined;
    }
    if (!check(value)) {
      findings.push(
        designWarning(FindingCode.propertyUnreadable, [...path, key], `expected ${what}; left out`),
      );
      return undefined;
    }
    return value;
  };
}

/** The encryption, and the key of the design it uses when KmsKey points at an imported key. */
function importEncryption(
  value: unknown,
  path: FieldPath,
  findings: Finding[],
  keyIdOf: (value: unknown) => string | undefined,
): { encryption?: RepositoryEncryption; encryptionKey?: string } {
  if (!isPlainObject(value)) return {};
  const encryptionKey = value.KmsKey === undefined ? undefined : keyIdOf(value.KmsKey);
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

export function importRepository(
  logicalId: string,
  resource: Record<string, unknown>,
  path: FieldPath,
  findings: Finding[],
  keyIdOf: (value: unknown) => string | undefined = () => undefined,
): RepositoryDesign {
  const propsPath = [...path, 'Properties'];
  const properties = isPlainObject(resource.Properties) ? resource.Properties : {};
  const read = readerFor(properties, propsPath, findings);
  const repo: RepositoryDesign = { id: checkedConstructId(logicalId, resource, path, findings) };
  const set = <K extends keyof RepositoryDesign>(
    key: K,
    value: RepositoryDesign[K] | undefined,
  ) => {
    if (value !== undefined) repo[key] = value;
  };
  set(
    'repositoryName',
    read('RepositoryName', (v) => typeof v === 'string', 'string') as string | undefined,
  );
  const scanning = read('ImageScanningConfiguration', isPlainObject, 'object') as
    | Record<string, unknown>
    | undefined;
  set(
    'imageScanOnPush',
    typeof scanning?.ScanOnPush === 'boolean' ? scanning.ScanOnPush : undefined,
  );
  set(
    'imageTagMutability',
    read('ImageTagMutability', (v) => mutabilities.has(v as string), 'tag mutability') as
      | TagMutability
      | undefined,
  );
  const filters = read('ImageTagMutabilityExclusionFilters', Array.isArray, 'list') as
    | unknown[]
    | undefined;
  set(
    'imageTagMutabilityExclusionFilters',
    filters?.flatMap((f, index) => {
      if (isPlainObject(f) && typeof f.ImageTagMutabilityExclusionFilterValue === 'string')
        return [f.ImageTagMutabilityExclusionFilterValue];
      const at = [...propsPath, 'ImageTagMutabilityExclusionFilters', index];
      findings.push(
        designWarning(
          FindingCode.exclusionFilterUnreadable,
          at,
          'not a filter with a literal value; left out',
        ),
      );
      return [];
    }),
  );
  const encryption = importEncryption(
    read('EncryptionConfiguration', isPlainObject, 'object'),
    [...propsPath, 'EncryptionConfiguration'],
    findings,
    keyIdOf,
  );
  set('encryption', encryption.encryption);
  set('encryptionKey', encryption.encryptionKey);
  set('removalPolicy', importRemovalPolicy(resource, path, findings));
  set(
    'emptyOnDelete',
    read('EmptyOnDelete', (v) => typeof v === 'boolean', 'true or false') as boolean | undefined,
  );
  const lifecycle = read('LifecyclePolicy', isPlainObject, 'object') as
    | Record<string, unknown>
    | undefined;
  if (typeof lifecycle?.RegistryId === 'string') set('lifecycleRegistryId', lifecycle.RegistryId);
  if (lifecycle?.LifecyclePolicyText !== undefined) {
    const textPath = [...propsPath, 'LifecyclePolicy', 'LifecyclePolicyText'];
    const rules = isIntrinsic(lifecycle.LifecyclePolicyText)
      ? void findings.push(
          designWarning(
            FindingCode.intrinsicNotFollowed,
            textPath,
            'an intrinsic function cannot be followed here; rules left out',
          ),
        )
      : importLifecycleRules(lifecycle.LifecyclePolicyText, textPath, findings);
    if (rules && rules.length > 0) set('lifecycleRules', rules);
  }
  set('tags', importTags(read('Tags', Array.isArray, 'list'), [...propsPath, 'Tags'], findings));
  for (const key of Object.keys(properties)) {
    // RepositoryPolicyText is read by importResourcePolicy.ts.
    if (key === 'RepositoryPolicyText') continue;
    if (
      ![
        'RepositoryName',
        'ImageScanningConfiguration',
        'ImageTagMutability',
        'ImageTagMutabilityExclusionFilters',
        'EncryptionConfiguration',
        'EmptyOnDelete',
        'LifecyclePolicy',
        'Tags',
      ].includes(key)
    ) {
      findings.push(
        designWarning(
          FindingCode.fieldLeftOut,
          [...propsPath, key],
          `${key} is not part of the design format; left out`,
        ),
      );
    }
  }
  return repo;
}
