/**
 * The checks of a repository: what `new ecr.Repository(...)` in aws-cdk-lib 2.276.0 throws, in
 * the order CDK runs them, and the names CloudFormation's validation finds used twice.
 */

import type { RepositoryDesign } from '../design/designSchema';
import type { RepositoryAnalysis } from '../designAnalysis';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { duplicateIdError } from './constructIds';
import { validationError } from './phaseFindings';

const cdkNamePattern = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/** ImageTagMutabilityExclusionFilter.wildcard(p), evaluated while the props object is built. */
function exclusionFilterError(filter: string): string | undefined {
  if (!filter) return 'Pattern cannot be empty';
  if (filter.length > 128)
    return `Pattern cannot exceed 128 characters, got: ${filter.length} characters.`;
  if (!/^[0-9a-zA-Z._*-]+$/.test(filter)) {
    return `Pattern '${filter}' contains invalid characters. Only alphanumeric characters, dots, underscores, asterisks, and hyphens are allowed.`;
  }
  return undefined;
}

function repositoryNameError(name: string | undefined): string | undefined {
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

type Check = [field: FieldPath, code: FindingCode, message: string | undefined];

/**
 * Repository.parseEncryption: a key implies KMS; any other explicit encryption with a key throws.
 */
function encryptionError(repo: RepositoryDesign): [FindingCode, string | undefined] {
  const type = repo.encryption ?? (repo.encryptionKey !== undefined ? 'KMS' : 'AES_256');
  if (type !== 'KMS' && repo.encryptionKey !== undefined) {
    const value = type === 'AES_256' ? 'AES256' : type;
    return [
      FindingCode.encryptionKeyNeedsKms,
      `encryptionKey is specified, so 'encryption' must be set to KMS (value: ${value})`,
    ];
  }
  return [
    FindingCode.encryptionTypeUnsupported,
    type === 'KMS_DSSE' ? "Unexpected 'encryptionType': [object Object]" : undefined,
  ];
}

/**
 * Construct phase: every error of one repository, first the one CDK throws.
 * `siblingIds` are the ids of the constructs created in the stack before this one.
 */
export function repositoryConstructErrors(
  repo: RepositoryDesign,
  path: FieldPath,
  stackName: string,
  siblingIds: readonly string[],
): Finding[] {
  const checks: Check[] = [
    ...(repo.imageTagMutabilityExclusionFilters ?? []).map(
      (filter, index): Check => [
        ['imageTagMutabilityExclusionFilters', index],
        FindingCode.exclusionFilterInvalid,
        exclusionFilterError(filter),
      ],
    ),
    [['id'], FindingCode.constructIdTaken, duplicateIdError(repo.id, stackName, siblingIds)],
    [
      ['repositoryName'],
      FindingCode.repositoryNameInvalid,
      repositoryNameError(repo.repositoryName),
    ],
    [
      [
        repo.imageTagMutabilityExclusionFilters
          ? 'imageTagMutabilityExclusionFilters'
          : 'imageTagMutability',
      ],
      FindingCode.exclusionFiltersMismatch,
      tagMutabilityError(repo),
    ],
    [['encryption'], ...encryptionError(repo)],
    [
      ['removalPolicy'],
      FindingCode.snapshotUnsupported,
      repo.removalPolicy === 'SNAPSHOT'
        ? 'AWS::ECR::Repository does not support snapshot removal policy'
        : undefined,
    ],
    [
      ['emptyOnDelete'],
      FindingCode.emptyOnDeleteWithoutDestroy,
      repo.emptyOnDelete && repo.removalPolicy !== 'DESTROY'
        ? "Cannot use 'emptyOnDelete' property on a repository without setting removal policy to 'DESTROY'."
        : undefined,
    ],
  ];
  return checks
    .filter((check): check is [FieldPath, FindingCode, string] => check[2] !== undefined)
    .map(([field, code, message]) => ({
      severity: 'error',
      origin: 'cdk',
      code,
      path: [...path, ...field],
      message,
    }));
}

/**
 * Template validation: physical names are primary identifiers: the validator reports each name used
 * by several resources once, listing their logical IDs.
 */
export function duplicateNameErrors(repositories: readonly RepositoryAnalysis[]): Finding[] {
  const byName = new Map<string, RepositoryAnalysis[]>();
  for (const analysis of repositories) {
    const name = analysis.repository.repositoryName;
    // An empty name is written too (CDK checks only non-empty ones), and clashes like any other.
    if (name !== undefined) byName.set(name, [...(byName.get(name) ?? []), analysis]);
  }
  return [...byName.entries()]
    .filter(([, owners]) => owners.length > 1)
    .map(([name, owners]) =>
      validationError(
        FindingCode.repositoryNameNotUnique,
        [...owners[1]!.path, 'repositoryName'],
        `RepositoryName: Primary identifiers {'RepositoryName': '${name}'} should have unique values across the resources {${owners
          .map((o) => `'${o.logicalId}'`)
          .sort()
          .join(', ')}}`,
      ),
    );
}
