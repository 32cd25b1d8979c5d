/** The AWS::ECR::Repository resource CDK synthesizes for one repository design. */
import type { RepositoryDesign } from '../design/designSchema';
import { repositoryProperties } from '../design/properties/repositoryProperties';
import { dropUndefined } from '../util/dropUndefined';
import { resourcePolicyAttributes } from './resourceOptions';

export { removalPolicyAttributes, removalPolicyOf } from './resourceOptions';

import { tableProperties } from './tableProperties';

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  UpdateReplacePolicy?: string;
  DeletionPolicy?: string;
}

/** CDK sorts tags with localeCompare; a fixed collator keeps the browser and the CLI in step. */
const tagCollator = new Intl.Collator('en-US');

export function sortedTags(
  tags: Record<string, string> | undefined,
): { Key: string; Value: string }[] | undefined {
  if (tags === undefined || Object.keys(tags).length === 0) return undefined;
  return Object.entries(tags)
    .map(([Key, Value]) => ({ Key, Value }))
    .sort((a, b) => tagCollator.compare(a.Key, b.Key));
}

function lifecyclePolicyProperty(
  repo: RepositoryDesign,
  policyText: string | undefined,
): object | undefined {
  if (policyText === undefined && !repo.lifecycleRegistryId) return undefined;
  return dropUndefined({ LifecyclePolicyText: policyText, RegistryId: repo.lifecycleRegistryId });
}

/** Values that come from other constructs: the key's ARN and the resource policy document. */
export interface RepositoryLinks {
  kmsKey?: unknown;
  policyDocument?: unknown;
}

/** `policyText` is undefined when the repository has no lifecycle rules. */
export function repositoryResource(
  repo: RepositoryDesign,
  policyText: string | undefined,
  links: RepositoryLinks = {},
): CfnResource {
  const properties = tableProperties(repositoryProperties, repo, {
    EncryptionConfiguration:
      repo.encryption === 'KMS' || (repo.encryption === undefined && links.kmsKey !== undefined)
        ? dropUndefined({ EncryptionType: 'KMS', KmsKey: links.kmsKey })
        : undefined,
    LifecyclePolicy: lifecyclePolicyProperty(repo, policyText),
    RepositoryPolicyText: links.policyDocument,
    Tags: sortedTags(repo.tags),
  });
  return dropUndefined({
    Type: 'AWS::ECR::Repository',
    Properties: Object.keys(properties).length > 0 ? properties : undefined,
    ...resourcePolicyAttributes(repo),
  });
}
