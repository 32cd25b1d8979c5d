/** The AWS::ECR::Repository resource CDK synthesizes for one repository design. */
import type { RepositoryDesign } from '../design/designSchema';
import type { RemovalPolicy } from '../design/enums';
import { repositoryProperties } from '../design/properties/repositoryProperties';
import { dropUndefined } from '../util/dropUndefined';
import { tableProperties } from './tableProperties';

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  UpdateReplacePolicy?: string;
  DeletionPolicy?: string;
}

const removalPolicies: Record<
  Exclude<RemovalPolicy, 'SNAPSHOT'>,
  [update: string, deletion: string]
> = {
  RETAIN: ['Retain', 'Retain'],
  DESTROY: ['Delete', 'Delete'],
  RETAIN_ON_UPDATE_OR_DELETE: ['Retain', 'RetainExceptOnCreate'],
};

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

/** UpdateReplacePolicy and DeletionPolicy of an L2 resource (default RETAIN). */
/**
 * The RemovalPolicy behind a resource's DeletionPolicy and UpdateReplacePolicy (CloudFormation's
 * default for both is Delete); undefined for pairs no RemovalPolicy renders.
 */
export function removalPolicyOf(
  resource: Record<string, unknown>,
): Exclude<RemovalPolicy, 'SNAPSHOT'> | undefined {
  const deletion = resource.DeletionPolicy ?? 'Delete';
  const update = resource.UpdateReplacePolicy ?? 'Delete';
  const entry = Object.entries(removalPolicies).find(
    ([, pair]) => pair[0] === update && pair[1] === deletion,
  );
  return entry?.[0] as Exclude<RemovalPolicy, 'SNAPSHOT'> | undefined;
}

export function removalPolicyAttributes(removalPolicy: RemovalPolicy | undefined): {
  UpdateReplacePolicy?: string;
  DeletionPolicy?: string;
} {
  const policy = removalPolicy === 'SNAPSHOT' ? undefined : (removalPolicy ?? 'RETAIN');
  if (!policy) return {};
  const [update, deletion] = removalPolicies[policy];
  return { UpdateReplacePolicy: update, DeletionPolicy: deletion };
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
    ...removalPolicyAttributes(repo.removalPolicy),
  });
}
