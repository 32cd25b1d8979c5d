/**
 * One repository: `new ecr.Repository(stack, id, props)` from the design's fields (CDK's own
 * prop names, enum member names), then its lifecycle rules, tags, event rules and resource policy.
 */
import type { Stack } from 'aws-cdk-lib';
import type { Repository, RepositoryProps } from 'aws-cdk-lib/aws-ecr';
import type { RepositoryDesign } from '../../engine/index';
import { cdk, defined, ecr } from './cdkLib';
import { plainProps } from './cdkTypes';
import { type Entities, resolve } from './entities';
import { addEventRules } from './events';
import { addLifecycleRules } from './lifecycle';
import { addResourcePolicy } from './policies';
import { applyResourceOptions } from './resourceOptions';

/** The design's fields CDK takes as they are; the rest are built below or after the construct. */
function repositoryProps(design: RepositoryDesign, entities: Entities): RepositoryProps {
  const {
    id: _id,
    imageTagMutabilityExclusionFilters: filters,
    encryptionKey,
    tags: _tags,
    lifecycleRules: _rules,
    sampleImages: _images,
    eventRules: _events,
    resourcePolicy: _policy,
    logicalId: _logicalId,
    deletionPolicy: _deletion,
    updateReplacePolicy: _update,
    ...plain
  } = design;
  return defined({
    ...plainProps('aws-cdk-lib.aws_ecr.RepositoryProps', plain),
    imageTagMutabilityExclusionFilters: filters?.map((filter) =>
      ecr.ImageTagMutabilityExclusionFilter.wildcard(filter),
    ),
    encryptionKey:
      encryptionKey === undefined ? undefined : resolve(entities.keys, encryptionKey, 'key'),
  });
}

export function createRepository(
  stack: Stack,
  design: RepositoryDesign,
  entities: Entities,
): Repository {
  const repository = new ecr.Repository(stack, design.id, repositoryProps(design, entities));
  applyResourceOptions(repository, design);
  addLifecycleRules(repository, design);
  for (const [key, value] of Object.entries(design.tags ?? {}))
    cdk.Tags.of(repository).add(key, value);
  addEventRules(repository, design.eventRules ?? [], entities);
  addResourcePolicy(repository, design.resourcePolicy ?? [], entities);
  return repository;
}
