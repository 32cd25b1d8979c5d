/** Construct-time checks of `new ecr.Repository(...)` in aws-cdk-lib 2.276.0, in the order CDK runs them. */

import { sanitizeConstructId } from '../cdk/logicalId';
import type { RepositoryDesign } from '../design/designSchema';
import { type Finding, joinPath } from '../findings';

const cdkNamePattern = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/** ImageTagMutabilityExclusionFilter.wildcard(p), evaluated while the props object is built. */
export function exclusionFilterError(filter: string): string | undefined {
  if (!filter) return 'Pattern cannot be empty';
  if (filter.length > 128)
    return `Pattern cannot exceed 128 characters, got: ${filter.length} characters.`;
  if (!/^[0-9a-zA-Z._*-]+$/.test(filter)) {
    return `Pattern '${filter}' contains invalid characters. Only alphanumeric characters, dots, underscores, asterisks, and hyphens are allowed.`;
  }
  return undefined;
}

export function repositoryNameError(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const errors: string[] = [];
  if (name.length < 2 || name.length > 256)
    errors.push('Repository name must be at least 2 and no more than 256 characters');
  if (!cdkNamePattern.test(name)) {
    errors.push(
      'Repository name must start with a letter and can only contain lowercase letters, numbers, hyphens, underscores, periods and forward slashes',
    );
  }
  return errors.length > 0
    ? `Invalid ECR repository name (value: ${name})\n${errors.join('\n')}`
    : undefined;
}

function tagMutabilityError(repo: RepositoryDesign): string | undefined {
  const mode = repo.imageTagMutability;
  const filters = repo.imageTagMutabilityExclusionFilters;
  const requiresExclusion =
    mode === 'IMMUTABLE_WITH_EXCLUSION' || mode === 'MUTABLE_WITH_EXCLUSION';
  if (filters !== undefined && !requiresExclusion) {
    return `imageTagMutability must be 'IMMUTABLE_WITH_EXCLUSION' or 'MUTABLE_WITH_EXCLUSION' when imageTagMutabilityExclusionFilters is provided, got: ${mode}.`;
  }
  if (filters !== undefined && (filters.length < 1 || filters.length > 5)) {
    return `imageTagMutabilityExclusionFilters must contain between 1 and 5 filters, got ${filters.length}.`;
  }
  if (requiresExclusion && filters === undefined) {
    return `imageTagMutabilityExclusionFilters must be specified when imageTagMutability is '${mode}'.`;
  }
  return undefined;
}

/** The constructs library stores ids with '/' replaced, so 'a/b' and 'a--b' collide too. */
export function duplicateIdError(
  id: string,
  stackName: string,
  siblingIds: readonly string[],
): string | undefined {
  const stored = sanitizeConstructId(id);
  // constructs checks `name in children` on a plain object: 'toString' or '__proto__' count as taken.
  const taken =
    stored in Object.prototype ||
    siblingIds.some((sibling) => sanitizeConstructId(sibling) === stored);
  if (!taken) return undefined;
  return `There is already a Construct with name '${stored}' in ${stackName} [${stackName}]`;
}

type Check = [field: string, message: string | undefined];

/** Repository.parseEncryption: a key implies KMS; any other explicit encryption with a key throws. */
function encryptionError(repo: RepositoryDesign): string | undefined {
  const type = repo.encryption ?? (repo.encryptionKey !== undefined ? 'KMS' : 'AES_256');
  if (type !== 'KMS' && repo.encryptionKey !== undefined) {
    const value = type === 'AES_256' ? 'AES256' : type;
    return `encryptionKey is specified, so 'encryption' must be set to KMS (value: ${value})`;
  }
  return type === 'KMS_DSSE' ? "Unexpected 'encryptionType': [object Object]" : undefined;
}

/**
 * Every construct-time error of one repository, first the one CDK throws.
 * `siblingIds` are the ids of the constructs created in the stack before this one.
 */
export function repositoryConstructErrors(
  repo: RepositoryDesign,
  path: string,
  stackName: string,
  siblingIds: readonly string[],
): Finding[] {
  const checks: Check[] = [
    ...(repo.imageTagMutabilityExclusionFilters ?? []).map(
      (filter, index): Check => [
        joinPath('imageTagMutabilityExclusionFilters', index),
        exclusionFilterError(filter),
      ],
    ),
    ['id', duplicateIdError(repo.id, stackName, siblingIds)],
    ['repositoryName', repositoryNameError(repo.repositoryName)],
    [
      repo.imageTagMutabilityExclusionFilters
        ? 'imageTagMutabilityExclusionFilters'
        : 'imageTagMutability',
      tagMutabilityError(repo),
    ],
    ['encryption', encryptionError(repo)],
    [
      'removalPolicy',
      repo.removalPolicy === 'SNAPSHOT'
        ? 'AWS::ECR::Repository does not support snapshot removal policy'
        : undefined,
    ],
    [
      'emptyOnDelete',
      repo.emptyOnDelete && repo.removalPolicy !== 'DESTROY'
        ? "Cannot use 'emptyOnDelete' property on a repository without setting removal policy to 'DESTROY'."
        : undefined,
    ],
  ];
  return checks
    .filter((check): check is [string, string] => check[1] !== undefined)
    .map(([field, message]) => ({
      severity: 'error',
      origin: 'cdk',
      path: joinPath(path, field),
      message,
    }));
}
