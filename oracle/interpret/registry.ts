/**
 * The design's `registry`, from the format's documentation: each resource an L1 created in the
 * stack after the repositories, in the format's order (replication, pull-through cache rules,
 * scanning, signing, pull-time update exclusions, the registry policy), a singleton without an
 * `id` under its documented default id; filters with the filter type each resource takes
 * (PREFIX_MATCH, WILDCARD, WILDCARD_MATCH); `principal` an entity's ARN; the policy text an
 * iam.PolicyDocument; `logicalId` through overrideLogicalId.
 *
 * Creation templates first (creationTemplates.ts).
 */
import type { CfnResource, Stack } from 'aws-cdk-lib';
import type { Design } from '../../engine/index';
import { defined, ecr, iam } from './cdkLib';
import { createCreationTemplates } from './creationTemplates';
import { type Entities, resolve } from './entities';
import { policyStatement } from './policies';

type Registry = NonNullable<Design['registry']>;

const defaultIds = {
  replication: 'Replication',
  scanning: 'ScanningConfiguration',
  signing: 'SigningConfiguration',
  policy: 'RegistryPolicy',
};

const filtersOf = (filters: readonly string[] | undefined, filterType: string) =>
  filters?.map((filter) => ({ filter, filterType }));

function keep(resource: CfnResource, logicalId: string | undefined): void {
  if (logicalId !== undefined) resource.overrideLogicalId(logicalId);
}

function createReplication(stack: Stack, replication: NonNullable<Registry['replication']>) {
  const rules = replication.rules.map((rule) =>
    defined({
      destinations: rule.destinations.map((d) => ({ region: d.region, registryId: d.registryId })),
      repositoryFilters: filtersOf(rule.repositoryFilters, 'PREFIX_MATCH'),
    }),
  );
  const id = replication.id ?? defaultIds.replication;
  const created = new ecr.CfnReplicationConfiguration(stack, id, {
    replicationConfiguration: { rules },
  });
  keep(created, replication.logicalId);
}

function createScanning(stack: Stack, scanning: NonNullable<Registry['scanning']>) {
  const created = new ecr.CfnRegistryScanningConfiguration(
    stack,
    scanning.id ?? defaultIds.scanning,
    {
      scanType: scanning.scanType,
      rules: scanning.rules.map((rule) => ({
        scanFrequency: rule.scanFrequency,
        repositoryFilters: filtersOf(rule.repositoryFilters, 'WILDCARD') ?? [],
      })),
    },
  );
  keep(created, scanning.logicalId);
}

function createSigning(stack: Stack, signing: NonNullable<Registry['signing']>) {
  const created = new ecr.CfnSigningConfiguration(stack, signing.id ?? defaultIds.signing, {
    rules: signing.rules.map((rule) =>
      defined({
        signingProfileArn: rule.signingProfileArn,
        repositoryFilters: filtersOf(rule.repositoryFilters, 'WILDCARD_MATCH'),
      }),
    ),
  });
  keep(created, signing.logicalId);
}

/** A user's or role's ARN (a role imported by ARN has its own). */
function principalArnOf(id: string, entities: Entities): string {
  const principal = resolve(entities.principals, id, 'principal') as {
    userArn?: string;
    roleArn?: string;
  };
  const arn = principal.userArn ?? principal.roleArn;
  if (arn === undefined) throw new Error(`principal '${id}' is neither a user nor a role`);
  return arn;
}

function createExclusions(stack: Stack, registry: Registry, entities: Entities) {
  for (const exclusion of registry.pullTimeUpdateExclusions ?? []) {
    const principalArn =
      exclusion.principalArn ??
      (exclusion.principal === undefined
        ? undefined
        : principalArnOf(exclusion.principal, entities));
    const created = new ecr.CfnPullTimeUpdateExclusion(stack, exclusion.id, {
      principalArn: principalArn as string,
    });
    keep(created, exclusion.logicalId);
  }
}

/** Builds the registry's L1s in `stack`; throws what aws-cdk-lib throws. */
export function createRegistry(stack: Stack, design: Design, entities: Entities): void {
  createCreationTemplates(stack, design, entities);
  const registry = design.registry;
  if (registry === undefined) return;
  if (registry.replication) createReplication(stack, registry.replication);
  for (const rule of registry.pullThroughCacheRules ?? []) {
    const { id, logicalId, ...props } = rule;
    keep(new ecr.CfnPullThroughCacheRule(stack, id, defined(props)), logicalId);
  }
  if (registry.scanning) createScanning(stack, registry.scanning);
  if (registry.signing) createSigning(stack, registry.signing);
  createExclusions(stack, registry, entities);
  if (registry.policy) {
    const statements = registry.policy.statements.map((s) => policyStatement(s, entities));
    const created = new ecr.CfnRegistryPolicy(stack, registry.policy.id ?? defaultIds.policy, {
      policyText: new iam.PolicyDocument({ statements }),
    });
    keep(created, registry.policy.logicalId);
  }
}
