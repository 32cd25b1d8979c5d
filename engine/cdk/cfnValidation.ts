/**
 * The checks of aws-cdk-lib's built-in CloudFormation validation (on by default in
 * 2.276.0) that an ECR design can fail. They fail `app.synth()` with these descriptions;
 * lengths count code points, as the validator does.
 */

import type { RepositoryAnalysis } from '../analyzeDesign';
import type { RepositoryDesign } from '../design/designSchema';
import { type Finding, joinPath } from '../findings';
import { sortedTags } from './repositoryResource';

export const maxPolicyTextLength = 30_720;
const cfnNamePattern = String.raw`^(?=.{2,256}$)([a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*)$`;

export function codePointLength(s: string): number {
  let count = 0;
  for (const _ of s) count++;
  return count;
}

function lengthErrors(property: string, value: string, min: number, max: number): string[] {
  // UTF-16 length bounds the code point count from above and at most doubles it.
  if (value.length <= max && value.length >= 2 * min) return [];
  const length = codePointLength(value);
  if (length < min) return [`${property}: length ${length} is below minimum ${min}`];
  if (length > max) return [`${property}: length ${length} exceeds maximum ${max}`];
  return [];
}

function validateRegistryId(registryId: string): string[] {
  const property = 'LifecyclePolicy.RegistryId';
  const patternErrors = /^[0-9]{12}$/.test(registryId)
    ? []
    : [`${property}: '${registryId}' does not match pattern '^[0-9]{12}$'`];
  return [...patternErrors, ...lengthErrors(property, registryId, 12, 12)];
}

/** Tag limits differ per resource type: ECR allows keys of 127 and values of 255 characters. */
export function validateTags(
  tags: Record<string, string> | undefined,
  maxKey = 127,
  maxValue = 255,
): { key?: string; message: string }[] {
  const sorted = sortedTags(tags) ?? [];
  const errors: { key?: string; message: string }[] = [];
  if (sorted.length > 50)
    errors.push({ message: `Tags: expected maximum item count: 50, found: ${sorted.length}` });
  sorted.forEach(({ Key, Value }, index) => {
    for (const message of lengthErrors(`Tags.${index}.Key`, Key, 1, maxKey))
      errors.push({ key: Key, message });
    for (const message of lengthErrors(`Tags.${index}.Value`, Value, 1, maxValue))
      errors.push({ key: Key, message });
  });
  return errors;
}

/** Validation failures of one repository's resource; `policyText` is its LifecyclePolicyText, if any. */
export function repositoryValidationErrors(
  repo: RepositoryDesign,
  path: string,
  policyText: string | undefined,
): Finding[] {
  const found: [string, string][] = [];
  if (repo.repositoryName === '') {
    found.push(['repositoryName', `RepositoryName: '' does not match pattern '${cfnNamePattern}'`]);
    found.push(['repositoryName', 'RepositoryName: length 0 is below minimum 2']);
  }
  const registryRendered =
    repo.lifecycleRegistryId !== undefined &&
    (policyText !== undefined || repo.lifecycleRegistryId !== '');
  if (registryRendered) {
    for (const message of validateRegistryId(repo.lifecycleRegistryId!))
      found.push(['lifecycleRegistryId', message]);
  }
  if (policyText !== undefined) {
    for (const message of lengthErrors(
      'LifecyclePolicy.LifecyclePolicyText',
      policyText,
      100,
      maxPolicyTextLength,
    )) {
      found.push(['lifecycleRules', message]);
    }
  }
  for (const { key, message } of validateTags(repo.tags)) {
    found.push([key === undefined ? 'tags' : joinPath('tags', key), message]);
  }
  return found.map(([field, message]) => ({
    severity: 'error',
    origin: 'cdk-validate',
    path: joinPath(path, field),
    message,
  }));
}

export const emptyTemplateError = 'Resources section must exist and be non-empty';

/**
 * Physical names are primary identifiers: the validator reports each name used by several
 * resources once, listing their logical IDs.
 */
export function duplicateNameErrors(repositories: readonly RepositoryAnalysis[]): Finding[] {
  const byName = new Map<string, RepositoryAnalysis[]>();
  for (const analysis of repositories) {
    const name = analysis.repository.repositoryName;
    if (name) byName.set(name, [...(byName.get(name) ?? []), analysis]);
  }
  return [...byName.entries()]
    .filter(([, owners]) => owners.length > 1)
    .map(([name, owners]) => ({
      severity: 'error',
      origin: 'cdk-validate',
      path: joinPath(owners[1]!.path, 'repositoryName'),
      message: `RepositoryName: Primary identifiers {'RepositoryName': '${name}'} should have unique values across the resources {${owners
        .map((o) => `'${o.logicalId}'`)
        .sort()
        .join(', ')}}`,
    }));
}
