/**
 * What the AWS CLI prints about existing repositories: `aws ecr get-lifecycle-policy` (the policy
 * as text, with its repository's name) and `aws ecr describe-repositories` (each repository's
 * settings). Status fields (ARNs, URIs, dates) are not part of a design; anything else that
 * cannot be represented is a warning with its path.
 */
import type { KeyDesign } from '../design/entitySchemas';
import { membersOf, TagMutability } from '../design/enums';
import { isPlainObject } from '../design/schemaKit';
import { designError, designWarning, type Finding, FindingCode } from '../findings';
import { importedKeyId } from './importKeys';
import { importLifecycleRules } from './importLifecyclePolicy';
import { finish, type ImportResult } from './importResult';

export function importGetLifecyclePolicy(output: Record<string, unknown>): ImportResult {
  const findings: Finding[] = [];
  const lifecycleRules = importLifecycleRules(
    output.lifecyclePolicyText,
    ['lifecyclePolicyText'],
    findings,
  );
  if (!lifecycleRules) return { findings };
  const { repositoryName, registryId } = output;
  if (registryId !== undefined)
    findings.push(
      designWarning(
        FindingCode.registryIdLeftOut,
        ['registryId'],
        `${JSON.stringify(registryId)} left out: the repository will be in the account the stack deploys to (lifecycleRegistryId names another registry)`,
      ),
    );
  for (const key of Object.keys(output)) {
    if (!['lifecyclePolicyText', 'repositoryName', 'registryId', 'lastEvaluatedAt'].includes(key))
      findings.push(
        designWarning(FindingCode.fieldLeftOut, [key], 'not part of a lifecycle policy; left out'),
      );
  }
  const repository = {
    id: 'Repository',
    ...(typeof repositoryName === 'string' ? { repositoryName } : {}),
    lifecycleRules,
  };
  return finish({ version: 1, repositories: [repository] }, findings);
}

const statusFields = new Set(['repositoryArn', 'registryId', 'repositoryUri', 'createdAt']);
const mutabilities = new Set<string>(membersOf(TagMutability));

/** `project-a/nginx-web-app` → `ProjectANginxWebApp`, unique among `taken`. */
export function constructIdFor(name: string, taken: Set<string>): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  let id = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  if (!/^[A-Za-z]/.test(id)) id = `Repository${id}`;
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}${n}`;
  taken.add(unique);
  return unique;
}

type Settings = Record<string, unknown>;

/** One field of a described repository into the design's, or false when it cannot be. */
function readSetting(
  field: string,
  value: unknown,
  repository: Settings,
  keys: KeyDesign[],
): boolean {
  if (field === 'imageScanningConfiguration' && isPlainObject(value)) {
    if (typeof value.scanOnPush !== 'boolean' || Object.keys(value).length !== 1) return false;
    if (value.scanOnPush) repository.imageScanOnPush = true;
    return true;
  }
  if (field === 'imageTagMutability' && typeof value === 'string' && mutabilities.has(value)) {
    if (value !== 'MUTABLE') repository.imageTagMutability = value;
    return true;
  }
  if (field === 'imageTagMutabilityExclusionFilters' && Array.isArray(value)) {
    const wildcards = value.map((f) =>
      isPlainObject(f) && f.filterType === 'WILDCARD' ? f.filter : undefined,
    );
    if (!wildcards.every((f) => typeof f === 'string')) return false;
    repository.imageTagMutabilityExclusionFilters = wildcards;
    return true;
  }
  if (field === 'encryptionConfiguration' && isPlainObject(value)) {
    const { encryptionType, kmsKey } = value;
    if (encryptionType === 'AES256' && kmsKey === undefined) return true;
    if (encryptionType !== 'KMS' && encryptionType !== 'KMS_DSSE') return false;
    const keyId = typeof kmsKey === 'string' ? importedKeyId(keys, kmsKey) : undefined;
    if (kmsKey !== undefined && keyId === undefined) return false;
    repository.encryption = encryptionType;
    if (keyId !== undefined) repository.encryptionKey = keyId;
    return true;
  }
  return false;
}

export function importDescribeRepositories(output: Record<string, unknown>): ImportResult {
  const findings: Finding[] = [];
  const keys: KeyDesign[] = [];
  const taken = new Set<string>();
  for (const key of Object.keys(output))
    if (key !== 'repositories' && key !== 'nextToken')
      findings.push(
        designWarning(FindingCode.fieldLeftOut, [key], 'not part of a repository; left out'),
      );
  const described = Array.isArray(output.repositories) ? output.repositories : [];
  const repositories = described.flatMap((item, index) => {
    const path = ['repositories', index];
    if (!isPlainObject(item) || typeof item.repositoryName !== 'string') {
      findings.push(
        designWarning(
          FindingCode.repositoryUnreadable,
          path,
          'not a repository (no repositoryName); left out',
        ),
      );
      return [];
    }
    const { repositoryName } = item;
    const repository: Settings = { id: constructIdFor(repositoryName, taken), repositoryName };
    for (const [field, value] of Object.entries(item)) {
      if (field === 'repositoryName' || statusFields.has(field)) continue;
      if (!readSetting(field, value, repository, keys))
        findings.push(
          designWarning(
            FindingCode.fieldLeftOut,
            [...path, field],
            'cannot be represented; left out',
          ),
        );
    }
    return [repository];
  });
  if (repositories.length === 0)
    findings.push(
      designError(
        FindingCode.noRepositoryDescribed,
        ['repositories'],
        'there is no repository to import',
      ),
    );
  return finish({ version: 1, ...(keys.length > 0 ? { keys } : {}), repositories }, findings);
}
