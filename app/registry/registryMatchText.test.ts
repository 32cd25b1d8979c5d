import { describe, expect, it } from 'vitest';
import { type Design, matchRegistry } from '../../engine/index';
import { matchGroups } from './registryMatchText';

const design: Design = {
  version: 1,
  repositories: [{ id: 'Web', repositoryName: 'prod/web' }],
  keys: [{ id: 'Key' }],
  registry: {
    creationTemplates: [
      {
        id: 'Prod',
        prefix: 'prod',
        appliedFor: ['REPLICATION', 'PULL_THROUGH_CACHE'],
        encryption: 'KMS',
        encryptionKey: 'Key',
        imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
        imageTagMutabilityExclusionFilters: ['latest'],
        lifecycleRules: [{ maxImageCount: 5 }],
      },
    ],
    replication: {
      rules: [
        {
          destinations: [{ region: 'eu-west-1', registryId: '111122223333' }],
          repositoryFilters: ['prod'],
        },
      ],
    },
    scanning: {
      scanType: 'ENHANCED',
      rules: [
        { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: ['*'] },
        { scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: ['prod/*'] },
      ],
    },
    pullThroughCacheRules: [
      { id: 'Hub', ecrRepositoryPrefix: 'prod', upstreamRegistryUrl: 'registry-1.docker.io' },
    ],
    signing: {
      rules: [{ signingProfileArn: 'arn:aws:signer:us-east-1:111122223333:/signing-profiles/p1' }],
    },
  },
};

describe('matchGroups', () => {
  it('says in words what each registry rule does to a name', () => {
    const groups = Object.fromEntries(
      matchGroups(matchRegistry(design, 'prod/web')).map((g) => [g.id, g.lines]),
    );
    expect(groups.templates).toEqual([
      'Pull-through cache: template Prod (prefix prod) — tags IMMUTABLE_WITH_EXCLUSION except latest, KMS with key Key, 1 lifecycle rule, 0 policy statements, 0 resource tags.',
      'Replication: template Prod (prefix prod) — tags IMMUTABLE_WITH_EXCLUSION except latest, KMS with key Key, 1 lifecycle rule, 0 policy statements, 0 resource tags.',
      'Create on push: no template: ECR’s defaults — tags MUTABLE, AES256, 0 lifecycle rules, 0 policy statements, 0 resource tags.',
    ]);
    expect(groups.replication?.[0]).toBe(
      'Rule 1 (prefix prod) copies it to eu-west-1 (111122223333).',
    );
    expect(groups.scanning?.[0]).toBe('ENHANCED scanning: CONTINUOUS_SCAN, rule 2 decides.');
    expect(groups.pullThrough).toEqual([
      'Rule Hub (prefix prod) would create it on a pull, caching registry-1.docker.io/web.',
    ]);
    expect(groups.signing?.[0]).toMatch(/^Rule 1 \(no filter: every repository\) signs each push/);
  });

  it('says so where nothing applies', () => {
    const empty: Design = { version: 1, repositories: [] };
    const groups = matchGroups(matchRegistry(empty, 'x'));
    expect(groups.map((g) => g.lines[0])).toEqual([
      'Pull-through cache: no template: ECR’s defaults — tags MUTABLE, AES256, 0 lifecycle rules, 0 policy statements, 0 resource tags.',
      'No replication rule copies this repository.',
      'BASIC scanning (the registry’s default): MANUAL, no rule matches.',
      'No pull-through cache rule would create this repository.',
      'No signing rule signs images pushed here.',
    ]);
  });
});
