/** One AWS::ECR::Repository resource of a template → a repository of the design. */
import { logicalIdOf } from '../cdk/logicalId';
import type { RepositoryDesign } from '../design/designSchema';
import type { RemovalPolicy, RepositoryEncryption, TagMutability } from '../design/enums';
import { type Finding, joinPath } from '../findings';
import { importLifecycleRules, importWarning } from './importLifecyclePolicy';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isIntrinsic = (v: unknown) =>
  isObject(v) &&
  Object.keys(v).length === 1 &&
  /^(Ref|Fn::\w+|Condition)$/.test(Object.keys(v)[0]!);
const mutabilities = new Set([
  'MUTABLE',
  'IMMUTABLE',
  'IMMUTABLE_WITH_EXCLUSION',
  'MUTABLE_WITH_EXCLUSION',
]);
const encryptions: Record<string, RepositoryEncryption> = {
  AES256: 'AES_256',
  KMS: 'KMS',
  KMS_DSSE: 'KMS_DSSE',
};

/** The construct id CDK would have derived this logical ID from, when the hash proves it. */
export function constructIdOf(logicalId: string, resource: Record<string, unknown>): string {
  const cdkPath = isObject(resource.Metadata) ? resource.Metadata['aws:cdk:path'] : undefined;
  if (typeof cdkPath === 'string') {
    const parts = cdkPath.split('/');
    if (parts.length === 3 && parts[2] === 'Resource') return parts[1]!;
  }
  const readable = logicalId.slice(0, -8);
  if (readable !== '' && logicalIdOf([readable, 'Resource']) === logicalId) return readable;
  return logicalId;
}

/** CloudFormation's DeletionPolicy / UpdateReplacePolicy pair as a CDK RemovalPolicy; CFN's default is Delete. */
function removalPolicyOf(
  resource: Record<string, unknown>,
  path: string,
  findings: Finding[],
): RemovalPolicy | undefined {
  const pair = `${resource.DeletionPolicy ?? 'Delete'}/${resource.UpdateReplacePolicy ?? 'Delete'}`;
  const policies: Record<string, RemovalPolicy | undefined> = {
    'Retain/Retain': undefined,
    'Delete/Delete': 'DESTROY',
    'RetainExceptOnCreate/Retain': 'RETAIN_ON_UPDATE_OR_DELETE',
  };
  if (pair in policies) return policies[pair];
  findings.push(
    importWarning(
      joinPath(path, 'DeletionPolicy'),
      `DeletionPolicy/UpdateReplacePolicy ${pair} has no CDK RemovalPolicy; RETAIN is used`,
    ),
  );
  return undefined;
}

type Reader = (key: string, check: (v: unknown) => boolean, what: string) => unknown;

function readerFor(properties: Record<string, unknown>, path: string, findings: Finding[]): Reader {
  return (key, check, what) => {
    const value = properties[key];
    if (value === undefined) return undefined;
    if (isIntrinsic(value)) {
      findings.push(
        importWarning(
          joinPath(path, key),
          `${Object.keys(value as object)[0]} cannot be followed here (a literal ${what} is needed); left out`,
        ),
      );
      return undefined;
    }
    if (!check(value)) {
      findings.push(importWarning(joinPath(path, key), `expected ${what}; left out`));
      return undefined;
    }
    return value;
  };
}

function importEncryption(
  value: unknown,
  path: string,
  findings: Finding[],
): RepositoryEncryption | undefined {
  if (!isObject(value)) return undefined;
  if (value.KmsKey !== undefined)
    findings.push(
      importWarning(
        joinPath(path, 'KmsKey'),
        'importing a specific KMS key is not supported yet; the AWS managed key is used',
      ),
    );
  const type =
    typeof value.EncryptionType === 'string' ? encryptions[value.EncryptionType] : undefined;
  if (!type)
    findings.push(
      importWarning(
        joinPath(path, 'EncryptionType'),
        `unknown EncryptionType ${JSON.stringify(value.EncryptionType)}; left out`,
      ),
    );
  return type === 'AES_256' ? undefined : type;
}

function importTags(
  value: unknown,
  path: string,
  findings: Finding[],
): Record<string, string> | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries = value.flatMap((tag, index) => {
    if (isObject(tag) && typeof tag.Key === 'string' && typeof tag.Value === 'string')
      return [[tag.Key, tag.Value] as const];
    findings.push(
      importWarning(joinPath(path, index), 'tag without a literal Key and Value; left out'),
    );
    return [];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export function importRepository(
  logicalId: string,
  resource: Record<string, unknown>,
  path: string,
  findings: Finding[],
): RepositoryDesign {
  const propsPath = joinPath(path, 'Properties');
  const properties = isObject(resource.Properties) ? resource.Properties : {};
  const read = readerFor(properties, propsPath, findings);
  const repo: RepositoryDesign = { id: constructIdOf(logicalId, resource) };
  const rendered = logicalIdOf([repo.id, 'Resource']);
  if (rendered !== logicalId) {
    findings.push(
      importWarning(
        path,
        `rendered from CDK its logical ID becomes ${rendered}; deploying that over a stack that has ${logicalId} replaces the repository`,
      ),
    );
  }
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
  const scanning = read('ImageScanningConfiguration', isObject, 'object') as
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
    filters?.flatMap((f) =>
      isObject(f) && typeof f.ImageTagMutabilityExclusionFilterValue === 'string'
        ? [f.ImageTagMutabilityExclusionFilterValue]
        : [],
    ),
  );
  set(
    'encryption',
    importEncryption(
      read('EncryptionConfiguration', isObject, 'object'),
      joinPath(propsPath, 'EncryptionConfiguration'),
      findings,
    ),
  );
  set('removalPolicy', removalPolicyOf(resource, path, findings));
  set(
    'emptyOnDelete',
    read('EmptyOnDelete', (v) => typeof v === 'boolean', 'true or false') as boolean | undefined,
  );
  const lifecycle = read('LifecyclePolicy', isObject, 'object') as
    | Record<string, unknown>
    | undefined;
  if (typeof lifecycle?.RegistryId === 'string') set('lifecycleRegistryId', lifecycle.RegistryId);
  if (lifecycle?.LifecyclePolicyText !== undefined) {
    const textPath = joinPath(joinPath(propsPath, 'LifecyclePolicy'), 'LifecyclePolicyText');
    const rules = isIntrinsic(lifecycle.LifecyclePolicyText)
      ? void findings.push(
          importWarning(textPath, 'an intrinsic function cannot be followed here; rules left out'),
        )
      : importLifecycleRules(lifecycle.LifecyclePolicyText, textPath, findings);
    if (rules && rules.length > 0) set('lifecycleRules', rules);
  }
  set(
    'tags',
    importTags(read('Tags', Array.isArray, 'list'), joinPath(propsPath, 'Tags'), findings),
  );
  for (const key of Object.keys(properties)) {
    if (key === 'RepositoryPolicyText')
      findings.push(
        importWarning(
          joinPath(propsPath, key),
          'resource policy statements cannot be imported yet; left out',
        ),
      );
    else if (
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
        importWarning(
          joinPath(propsPath, key),
          `${key} is not part of the design format; left out`,
        ),
      );
    }
  }
  return repo;
}
