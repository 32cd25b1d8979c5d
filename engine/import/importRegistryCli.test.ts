/**
 * What the AWS CLI prints about the registry (v1: epoch timestamps; v2: ISO text), file by file
 * and pasted together with the prompts and commands around them → the design's registry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../fieldPath';
import type { Finding } from '../findings';
import { importText } from './importTemplate';

const dir = new URL('../fixtures/registry-import/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const outputs = readdirSync(new URL('cli-v1/', dir)).sort();
const notes = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.severity} ${f.code} ${formatPath(f.path)}`);

describe('importing the registry from AWS CLI output', () => {
  it('has a fixture for every command the import reads', () => {
    expect(outputs).toEqual([
      'describe-pull-through-cache-rules.json',
      'describe-registry.json',
      'describe-repository-creation-templates.json',
      'get-registry-policy.json',
      'get-registry-scanning-configuration.json',
      'get-signing-configuration.json',
      'list-pull-time-update-exclusions.json',
    ]);
  });

  it.each(outputs)(
    'reads %s from CLI v1 and v2 alike (timestamps are state, not settings)',
    (name) => {
      const v1 = importText(fixture(`cli-v1/${name}`));
      const v2 = importText(fixture(`cli-v2/${name}`));
      expect(v1.design?.registry).toBeDefined();
      expect(v2).toEqual(v1);
    },
  );

  it('reads creation templates: a pretty-printed lifecycle policy, a policy, KMS by ARN', () => {
    const imported = importText(fixture('cli-v1/describe-repository-creation-templates.json'));
    expect(notes(imported.findings)).toEqual([
      'warning field-left-out repositoryCreationTemplates[1].repositoryPolicy.Statement[0].Sid',
    ]);
    const design = imported.design!;
    expect(design.keys).toEqual([
      {
        id: 'ImportedKey1',
        keyArn: 'arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
      },
    ]);
    expect(design.principals).toEqual([
      { type: 'AccountPrincipal', id: 'Account444455556666', accountId: '444455556666' },
    ]);
    expect(design.registry!.creationTemplates).toEqual([
      {
        id: 'DockerHubTemplate',
        prefix: 'docker-hub',
        appliedFor: ['PULL_THROUGH_CACHE'],
        description: 'Repositories the Docker Hub cache creates',
        imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
        imageTagMutabilityExclusionFilters: ['latest'],
        encryption: 'KMS',
        encryptionKey: 'ImportedKey1',
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
        resourceTags: [{ key: 'source', value: 'docker-hub' }],
        customRoleArn: 'arn:aws:iam::111122223333:role/ecr-template-role',
      },
      {
        id: 'ROOTTemplate',
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

  it('reads the registry policy (policyText is JSON text) with its Condition', () => {
    const imported = importText(fixture('cli-v2/get-registry-policy.json'));
    expect(notes(imported.findings)).toEqual([
      'warning field-left-out policyText.Statement[0].Sid',
    ]);
    expect(imported.design!.registry).toEqual({
      policy: {
        statements: [
          {
            principals: ['Account999988887777'],
            actions: ['ecr:CreateRepository', 'ecr:ReplicateImage'],
            conditions: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
            resources: ['arn:aws:ecr:us-east-1:111122223333:repository/*'],
          },
        ],
      },
    });
  });

  it('reads a terminal session: every output, the prompts and commands between them ignored', () => {
    const session = importText(fixture('cli-v2/terminal-session.txt'));
    const registry = session.design!.registry!;
    expect(Object.keys(registry)).toEqual([
      'creationTemplates',
      'replication',
      'pullThroughCacheRules',
      'scanning',
      'signing',
      'pullTimeUpdateExclusions',
      'policy',
    ]);
    for (const name of outputs) {
      const one = importText(fixture(`cli-v2/${name}`)).design!.registry!;
      for (const [part, value] of Object.entries(one))
        expect(registry[part as keyof typeof registry]).toEqual(value);
    }
    expect(registry.replication).toEqual({
      rules: [
        {
          destinations: [
            { region: 'us-west-2', registryId: '111122223333' },
            { region: 'eu-central-1', registryId: '999988887777' },
          ],
          repositoryFilters: ['prod/'],
        },
      ],
    });
    expect(registry.pullTimeUpdateExclusions).toEqual([
      {
        id: 'AWSServiceRoleForAmazonInspector2Exclusion',
        principalArn:
          'arn:aws:iam::111122223333:role/aws-service-role/inspector2.amazonaws.com/AWSServiceRoleForAmazonInspector2',
      },
      {
        id: 'ImageVerifierExclusion',
        principalArn: 'arn:aws:iam::111122223333:role/ci/image-verifier',
      },
    ]);
    // Findings of one of several outputs name its place in the paste.
    expect(notes(session.findings)).toEqual([
      'warning field-left-out [2].repositoryCreationTemplates[1].repositoryPolicy.Statement[0].Sid',
      'warning field-left-out [3].policyText.Statement[0].Sid',
    ]);
  });

  it('reads describe-repositories pasted with registry output into one design', () => {
    const repositories = {
      repositories: [{ repositoryName: 'prod/api', imageTagMutability: 'IMMUTABLE' }],
    };
    const text = `${JSON.stringify(repositories)}\n${fixture('cli-v1/get-signing-configuration.json')}`;
    const design = importText(text).design!;
    expect(design.repositories).toEqual([
      { id: 'ProdApi', repositoryName: 'prod/api', imageTagMutability: 'IMMUTABLE' },
    ]);
    expect(design.registry!.signing!.rules).toHaveLength(1);
  });
});

describe('several outputs with keys', () => {
  it('gives each key ARN of the paste one key, whichever output names it', () => {
    const arn = (n: number) => `arn:aws:kms:us-east-1:111122223333:key/${n}${'0'.repeat(35)}`;
    const described = (n: number) => ({
      repositories: [
        {
          repositoryName: `app-${n}`,
          encryptionConfiguration: { encryptionType: 'KMS', kmsKey: arn(n) },
        },
      ],
    });
    const templates = fixture('cli-v1/describe-repository-creation-templates.json');
    const text = [templates, JSON.stringify(described(1)), JSON.stringify(described(2))].join('\n');
    const design = importText(text).design!;
    expect(design.keys!.map((k) => k.keyArn)).toEqual([
      'arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
      arn(1),
      arn(2),
    ]);
    expect(design.repositories.map((r) => r.encryptionKey)).toEqual([
      'ImportedKey2',
      'ImportedKey3',
    ]);
    expect(design.registry!.creationTemplates![0]!.encryptionKey).toBe('ImportedKey1');
  });
});

describe('odd AWS CLI output', () => {
  it('does not take get-repository-policy (a repository’s policyText) for the registry policy', () => {
    const output = { registryId: '111122223333', repositoryName: 'app', policyText: '{}' };
    expect(importText(JSON.stringify(output)).findings.map((f) => f.code)).toEqual([
      'unreadable-input',
    ]);
  });

  it('warns of a policyText that is not JSON, and keeps the rest of the paste', () => {
    const text = `$ aws ecr get-registry-policy
{ "registryId": "111122223333", "policyText": "Version: 2012-10-17" }
$ aws ecr get-registry-scanning-configuration
{ "registryId": "111122223333", "scanningConfiguration": { "scanType": "BASIC", "rules": [] } }`;
    const imported = importText(text);
    expect(notes(imported.findings)).toEqual([
      'warning policy-document-invalid [0].policyText',
      'warning registry-entry-unreadable [0].policyText',
    ]);
    expect(imported.design!.registry).toEqual({
      scanning: { scanType: 'BASIC', rules: [] },
    });
  });

  it('keeps a filter of an unknown type with ECR’s one, and warns of fields it does not know', () => {
    const output = {
      registryId: '111122223333',
      scanningConfiguration: {
        scanType: 'ENHANCED',
        rules: [
          {
            scanFrequency: 'CONTINUOUS_SCAN',
            repositoryFilters: [
              { filter: 'prod-*', filterType: 'REGEX' },
              { filterType: 'WILDCARD' },
            ],
            scanSeverity: 'HIGH',
          },
        ],
      },
      someNewField: true,
    };
    const imported = importText(JSON.stringify(output));
    expect(notes(imported.findings)).toEqual([
      'warning field-left-out scanningConfiguration.rules[0].scanSeverity',
      'warning filter-type-replaced scanningConfiguration.rules[0].repositoryFilters[0].filterType',
      'warning registry-entry-unreadable scanningConfiguration.rules[0].repositoryFilters[1]',
      'warning field-left-out someNewField',
    ]);
    expect(imported.design!.registry!.scanning).toEqual({
      scanType: 'ENHANCED',
      rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: ['prod-*'] }],
    });
  });

  it('says so when there is no replication to import, and when nothing can be imported', () => {
    const empty = importText(
      '{"registryId": "111122223333", "replicationConfiguration": {"rules": []}}',
    );
    expect(notes(empty.findings)).toEqual([
      'warning registry-entry-unreadable replicationConfiguration.rules',
      'error no-repository-described ',
    ]);
    expect(empty.design).toBeUndefined();
  });

  it('reads a paste with output of a command it does not know as text, as before', () => {
    const text = `$ aws ecr describe-images\n{"imageDetails": []}\n${fixture('cli-v1/describe-registry.json')}`;
    expect(importText(text).findings.map((f) => f.code)).toEqual(['unreadable-input']);
  });
});
