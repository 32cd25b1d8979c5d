/**
 * The independent oracle: builds the stack of a design by calling aws-cdk-lib's API directly,
 * from the design format's documentation alone (it shares no code with engine/render, engine/cdk
 * or engine/iam). Construct order: keys, principals, topics, queues, functions, repositories
 * (lifecycle rules, tags, event rules, resource policy), the registry's constructs, then grants,
 * then the logical IDs kept for the policies grants and targets added (an aspect renames the
 * overflow policies' at synthesis), then outputs.
 */
import type { Stack } from 'aws-cdk-lib';
import type { Repository } from 'aws-cdk-lib/aws-ecr';
import type { Design } from '../../engine/index';
import { createEntities } from './entities';
import { makeGrant } from './grants';
import { createOutputs, describeStack } from './outputs';
import { keepOverflowPolicyLogicalIds } from './overflowPolicies';
import { createRegistry } from './registry';
import { createRepository } from './repository';
import { keepPolicyLogicalIds } from './resourceOptions';

/** Builds every construct of the design in `stack`; throws what aws-cdk-lib throws. */
export function interpretDesign(stack: Stack, design: Design): void {
  describeStack(stack, design);
  const entities = createEntities(stack, design);
  const repositories = new Map<string, Repository>();
  for (const repository of design.repositories) {
    const created = createRepository(stack, repository, entities);
    if (!repositories.has(repository.id)) repositories.set(repository.id, created);
  }
  createRegistry(stack, design, entities);
  for (const grant of design.grants ?? []) makeGrant(grant, entities, repositories);
  keepPolicyLogicalIds(design, entities);
  keepOverflowPolicyLogicalIds(design, entities);
  createOutputs(stack, design, entities, repositories);
}
