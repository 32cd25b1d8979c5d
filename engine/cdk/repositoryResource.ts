/** The AWS::ECR::Repository resource CDK synthesizes for one repository design. */
import type { RepositoryDesign } from '../design/designSchema';
import type { RemovalPolicy } from '../design/enums';
import { dropUndefined } from './lifecyclePolicy';

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

/** `policyText` is undefined when the repository has no lifecycle rules. */
export function repositoryResource(
  repo: RepositoryDesign,
  policyText: string | undefined,
): CfnResource {
  const properties = dropUndefined({
    EmptyOnDelete: repo.emptyOnDelete,
    EncryptionConfiguration: repo.encryption === 'KMS' ? { EncryptionType: 'KMS' } : undefined,
    ImageScanningConfiguration:
      repo.imageScanOnPush === undefined ? undefined : { ScanOnPush: repo.imageScanOnPush },
    ImageTagMutability: repo.imageTagMutability,
    ImageTagMutabilityExclusionFilters: repo.imageTagMutabilityExclusionFilters?.map((value) => ({
      ImageTagMutabilityExclusionFilterType: 'WILDCARD',
      ImageTagMutabilityExclusionFilterValue: value,
    })),
    LifecyclePolicy: lifecyclePolicyProperty(repo, policyText),
    RepositoryName: repo.repositoryName,
    Tags: sortedTags(repo.tags),
  });
  const policy = repo.removalPolicy === 'SNAPSHOT' ? undefined : (repo.removalPolicy ?? 'RETAIN');
  const [update, deletion] = policy ? removalPolicies[policy] : [undefined, undefined];
  return dropUndefined({
    Type: 'AWS::ECR::Repository',
    Properties: Object.keys(properties).length > 0 ? properties : undefined,
    UpdateReplacePolicy: update,
    DeletionPolicy: deletion,
  });
}
