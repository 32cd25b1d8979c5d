/**
 * One repository: `new ecr.Repository(stack, id, props)` from the design's fields (CDK's own
 * prop names, enum member names), then its lifecycle rules, tags, event rules and resource policy.
 */
import type { Stack } from 'aws-cdk-lib';
import type { Repository, RepositoryProps } from 'aws-cdk-lib/aws-ecr';
import type { RepositoryDesign } from '../../engine/index';
import { cdk, defined, ecr } from './cdkLib';
import { type Entities, resolve } from './entities';
import { addEventRules } from './events';
import { addLifecycleRules } from './lifecycle';
import { addResourcePolicy } from './policies';

function repositoryProps(design: RepositoryDesign, entities: Entities): RepositoryProps {
  const filters = design.imageTagMutabilityExclusionFilters;
  return defined({
    repositoryName: design.repositoryName,
    imageScanOnPush: design.imageScanOnPush,
    imageTagMutability: design.imageTagMutability && ecr.TagMutability[design.imageTagMutability],
    imageTagMutabilityExclusionFilters: filters?.map((filter) =>
      ecr.ImageTagMutabilityExclusionFilter.wildcard(filter),
    ),
    encryption: design.encryption && ecr.RepositoryEncryption[design.encryption],
    encryptionKey:
      design.encryptionKey === undefined
        ? undefined
        : resolve(entities.keys, design.encryptionKey, 'key'),
    removalPolicy: design.removalPolicy && cdk.RemovalPolicy[design.removalPolicy],
    emptyOnDelete: design.emptyOnDelete,
    lifecycleRegistryId: design.lifecycleRegistryId,
  });
}

export function createRepository(
  stack: Stack,
  design: RepositoryDesign,
  entities: Entities,
): Repository {
  const repository = new ecr.Repository(stack, design.id, repositoryProps(design, entities));
  addLifecycleRules(repository, design);
  for (const [key, value] of Object.entries(design.tags ?? {}))
    cdk.Tags.of(repository).add(key, value);
  addEventRules(repository, design.eventRules ?? [], entities);
  addResourcePolicy(repository, design.resourcePolicy ?? [], entities);
  return repository;
}
