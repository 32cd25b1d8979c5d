/**
 * Templates with the registry's resources (hand-written JSON and YAML) → the design's registry,
 * asserted directly; the import renders the design back and compares it with the template, so
 * the findings also say that every resource comes back the same (no `render-differs`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../fieldPath';
import type { Finding } from '../findings';
import { importText } from './importTemplate';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/registry-import/${name}`, import.meta.url), 'utf8');

/** The findings as `severity code path`. */
const notes = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.severity} ${f.code} ${formatPath(f.path)}`);

describe('importing a template’s registry resources', () => {
  const yaml = importText(fixture('platform-registry.yaml'));

  it('reads every registry resource type of a hand-written YAML template', () => {
    const registry = yaml.design!.registry!;
    expect(Object.keys(registry)).toEqual([
      'creationTemplates',
      'replication',
      'pullThroughCacheRules',
      'scanning',
      'signing',
      'pullTimeUpdateExclusions',
      'policy',
    ]);
    expect(registry.creationTemplates).toEqual([
      {
        id: 'DockerHubTemplate',
        prefix: 'docker-hub',
        appliedFor: ['PULL_THROUGH_CACHE'],
        description: 'Repositories the Docker Hub cache creates',
        imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
        imageTagMutabilityExclusionFilters: ['latest'],
        encryption: 'KMS',
        encryptionKey: 'TemplateKey',
        // The pretty-printed policy's priorities 1, 2 with ANY last are CDK's own: automatic.
        lifecycleRules: [
          {
            description: 'Drop untagged layers after a week',
            tagStatus: 'UNTAGGED',
            maxImageAgeDays: 7,
          },
          {
            description: 'Keep the 20 newest of anything else',
            tagStatus: 'ANY',
            maxImageCount: 20,
          },
        ],
        resourceTags: [
          { key: 'source', value: 'docker-hub' },
          { key: 'cost-center', value: 'platform' },
        ],
      },
      {
        id: 'RootTemplate',
        prefix: 'ROOT',
        appliedFor: ['REPLICATION', 'CREATE_ON_PUSH'],
        imageTagMutability: 'IMMUTABLE',
        encryption: 'AES256',
        repositoryPolicy: [
          {
            principals: ['Account444455556666'],
            actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
          },
        ],
      },
    ]);
  });

  it('reads cross-account replication, Docker Hub with a credential, enhanced scanning, signing', () => {
    const registry = yaml.design!.registry!;
    // The id is the default, Replication: the logical ID comes back without it being kept.
    expect(registry.replication).toEqual({
      rules: [
        {
          destinations: [
            { region: 'us-west-2', registryId: '111122223333' },
            { region: 'eu-central-1', registryId: '999988887777' },
          ],
          repositoryFilters: ['prod/', 'shared/'],
        },
      ],
    });
    expect(registry.pullThroughCacheRules).toEqual([
      {
        id: 'DockerHubCache',
        ecrRepositoryPrefix: 'docker-hub',
        upstreamRegistry: 'docker-hub',
        upstreamRegistryUrl: 'registry-1.docker.io',
        credentialArn:
          'arn:aws:secretsmanager:us-east-1:111122223333:secret:ecr-pullthroughcache/docker-hub-AbCdEf',
      },
      {
        id: 'EcrPublicCache',
        ecrRepositoryPrefix: 'ecr-public',
        upstreamRegistryUrl: 'public.ecr.aws',
      },
    ]);
    expect(registry.scanning).toEqual({
      id: 'Scanning',
      scanType: 'ENHANCED',
      rules: [
        { scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: ['prod/*'] },
        { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: ['*'] },
      ],
    });
    expect(registry.signing).toEqual({
      id: 'Signing',
      rules: [
        {
          signingProfileArn:
            'arn:aws:signer:us-east-1:111122223333:/signing-profiles/platform_images',
          repositoryFilters: ['prod/*'],
        },
      ],
    });
  });

  it('reads exclusions (a role of the template, an ARN) and a registry policy with a Condition', () => {
    const design = yaml.design!;
    expect(design.registry!.pullTimeUpdateExclusions).toEqual([
      { id: 'ScannerPullsDoNotCount', principal: 'ScannerRole' },
      {
        id: 'CiPullsDoNotCount',
        principalArn: 'arn:aws:iam::111122223333:role/ci/image-verifier',
      },
    ]);
    expect(design.registry!.policy).toEqual({
      statements: [
        {
          principals: ['Account999988887777'],
          actions: ['ecr:CreateRepository', 'ecr:ReplicateImage'],
          conditions: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
          resources: ['arn:aws:ecr:us-east-1:111122223333:repository/*'],
        },
      ],
    });
    expect(design.principals!.map((p) => `${p.type} ${p.id}`)).toEqual([
      'Role TemplateRole',
      'Role ScannerRole',
      'AccountPrincipal Account444455556666',
      'AccountPrincipal Account999988887777',
    ]);
    expect(design.keys!.map((k) => k.id)).toEqual(['TemplateKey']);
    expect(design.repositories).toEqual([]);
  });

  it('warns of what it cannot carry, and of nothing else', () => {
    expect(notes(yaml.findings)).toEqual([
      'warning intrinsic-resolved Resources.DockerHubCache.Properties.CredentialArn',
      'warning intrinsic-not-followed Resources.DockerHubTemplate.Properties.CustomRoleArn',
      'warning field-left-out Resources.RegistryPolicy.Properties.PolicyText.Statement[0].Sid',
      'warning section-left-out Parameters.DockerHubSecretArn',
      // The account's root ARN comes back as the bare account id, which AWS documents as
      // equivalent; the RepositoryPolicy string changes, so the import says so.
      'warning property-left-out Resources.RootTemplate.Properties.RepositoryPolicy.Statement',
      // kms.Key writes its default key policy, which the hand-written key leaves out; every
      // registry resource comes back as the template has it.
      'warning render-differs Resources.TemplateKey',
    ]);
  });

  it('reads a JSON template: KMS_DSSE by key ARN, explicit priorities, an upstream ECR, a CDK path', () => {
    const imported = importText(fixture('platform-registry.json'));
    expect(notes(imported.findings)).toEqual([]);
    const design = imported.design!;
    expect(design.stackName).toBe('BuildRegistry');
    expect(design.keys).toEqual([
      {
        id: 'ImportedKey1',
        keyArn: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      },
    ]);
    expect(design.registry!.creationTemplates![0]).toEqual({
      id: 'QuayTemplate',
      prefix: 'quay',
      appliedFor: ['PULL_THROUGH_CACHE'],
      encryption: 'KMS_DSSE',
      encryptionKey: 'ImportedKey1',
      lifecycleRules: [
        {
          rulePriority: 10,
          tagStatus: 'TAGGED',
          tagPatternList: ['v*'],
          maxDaysSinceImagePulled: 90,
        },
      ],
      customRoleArn: 'arn:aws:iam::123456789012:role/ecr-template-role',
    });
    // The construct id from the CDK path; the logical ID it gives is the template's.
    expect(design.registry!.replication).toEqual({
      id: 'CrossAccountReplication',
      rules: [{ destinations: [{ region: 'eu-west-1', registryId: '210987654321' }] }],
    });
    expect(design.registry!.pullThroughCacheRules![1]).toEqual({
      id: 'UpstreamEcrCache',
      ecrRepositoryPrefix: 'central',
      upstreamRegistry: 'ecr',
      upstreamRegistryUrl: '210987654321.dkr.ecr.eu-west-1.amazonaws.com',
      upstreamRepositoryPrefix: 'golden',
      customRoleArn: 'arn:aws:iam::123456789012:role/ecr-pull-through',
    });
    expect(design.registry!.scanning).toEqual({
      id: 'BasicScanning',
      scanType: 'BASIC',
      rules: [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: ['*'] }],
    });
  });

  it('keeps a logical ID the construct id would not give', () => {
    const template = {
      Resources: {
        'Policy-1': {
          Type: 'AWS::ECR::RegistryPolicy',
          Properties: {
            PolicyText: {
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: { AWS: '123456789012' },
                  Action: 'ecr:ReplicateImage',
                },
              ],
            },
          },
        },
        Rule: {
          Type: 'AWS::ECR::PullThroughCacheRule',
          Metadata: { 'aws:cdk:path': 'Stack/Docker Hub' },
          Properties: { EcrRepositoryPrefix: 'docker' },
        },
      },
    };
    const registry = importText(JSON.stringify(template)).design!.registry!;
    expect(registry.policy).toEqual({
      id: 'Policy-1',
      logicalId: 'Policy-1',
      // A bare account id is an account principal, as IAM reads it.
      statements: [{ principals: ['Account123456789012'], actions: ['ecr:ReplicateImage'] }],
    });
    expect(registry.pullThroughCacheRules).toEqual([
      { id: 'Docker Hub', logicalId: 'Rule', ecrRepositoryPrefix: 'docker' },
    ]);
  });
});
