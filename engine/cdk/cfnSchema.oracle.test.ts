/**
 * The constraint table (cfnSchema.ts) against aws-cdk-lib's own template validation: for every
 * row, values on both sides of its limit (and strings its pattern may treat differently from
 * JavaScript) go into an otherwise valid template, and the validator must report exactly the
 * descriptions the engine's checker gives that resource. A changed limit, pattern or message
 * in a later aws-cdk-lib, or a constraint the table lacks on a property it covers, fails here.
 */
import { describe, expect, it } from 'vitest';
import { validateTemplateText } from '../../oracle/cfnValidate';
import { uniqueSorted } from '../../oracle/judgeSynth';
import { type CfnConstraintRow, cfnConstraintRows } from './cfnSchema';
import { schemaViolations } from './cfnSchemaCheck';

const policyText = JSON.stringify({
  rules: [
    {
      rulePriority: 1,
      selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 5 },
      action: { type: 'expire' },
    },
  ],
});

const scanFilter = (i: number) => ({ Filter: `prod${i}-*`, FilterType: 'WILDCARD' });
const signFilter = (i: number) => ({ Filter: `release${i}/*`, FilterType: 'WILDCARD_MATCH' });
const prefixFilter = (i: number) => ({ Filter: `prod${i}`, FilterType: 'PREFIX_MATCH' });
const destination = (i: number) => ({
  Region: 'eu-west-1',
  RegistryId: String(123456789012 + i),
});

/** One valid resource of every type the table covers (and what they refer to). */
const baseResources = (): Record<
  string,
  { Type: string; Properties?: Record<string, unknown> }
> => ({
  Repository: {
    Type: 'AWS::ECR::Repository',
    Properties: {
      EncryptionConfiguration: { EncryptionType: 'KMS', KmsKey: { 'Fn::GetAtt': ['Key', 'Arn'] } },
      ImageTagMutability: 'MUTABLE_WITH_EXCLUSION',
      ImageTagMutabilityExclusionFilters: [
        {
          ImageTagMutabilityExclusionFilterType: 'WILDCARD',
          ImageTagMutabilityExclusionFilterValue: 'latest',
        },
      ],
      LifecyclePolicy: { LifecyclePolicyText: policyText, RegistryId: '123456789012' },
      RepositoryName: 'my-app',
      Tags: [{ Key: 'team', Value: 'platform' }],
    },
  },
  CreationTemplate: {
    Type: 'AWS::ECR::RepositoryCreationTemplate',
    Properties: {
      AppliedFor: ['PULL_THROUGH_CACHE', 'REPLICATION'],
      CustomRoleArn: 'arn:aws:iam::123456789012:role/ecr-templates',
      Description: 'a template',
      EncryptionConfiguration: { EncryptionType: 'KMS', KmsKey: { 'Fn::GetAtt': ['Key', 'Arn'] } },
      ImageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      ImageTagMutabilityExclusionFilters: [
        {
          ImageTagMutabilityExclusionFilterType: 'WILDCARD',
          ImageTagMutabilityExclusionFilterValue: 'latest',
        },
      ],
      LifecyclePolicy: policyText,
      Prefix: 'team/app',
      RepositoryPolicy: JSON.stringify({
        Statement: [{ Action: 'ecr:BatchGetImage', Effect: 'Allow', Principal: { AWS: '*' } }],
        Version: '2012-10-17',
      }),
      ResourceTags: [{ Key: 'team', Value: 'platform' }],
    },
  },
  Key: {
    Type: 'AWS::KMS::Key',
    Properties: {
      Description: 'a key',
      KeyPolicy: {
        Statement: [{ Action: 'kms:*', Effect: 'Allow', Principal: { AWS: '*' }, Resource: '*' }],
        Version: '2012-10-17',
      },
    },
  },
  Alias: {
    Type: 'AWS::KMS::Alias',
    Properties: { AliasName: 'alias/ecr', TargetKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } },
  },
  User: { Type: 'AWS::IAM::User' },
  Policy: {
    Type: 'AWS::IAM::Policy',
    Properties: {
      PolicyDocument: {
        Statement: [{ Action: 'ecr:BatchGetImage', Effect: 'Allow', Resource: '*' }],
        Version: '2012-10-17',
      },
      PolicyName: 'UserDefaultPolicy1F97781E',
      Users: [{ Ref: 'User' }],
    },
  },
  Rule: {
    Type: 'AWS::Events::Rule',
    Properties: {
      Description: 'a rule',
      EventPattern: { source: ['aws.ecr'], detail: { 'repository-name': [{ Ref: 'Repository' }] } },
      Name: 'scan-done',
      State: 'ENABLED',
      Tags: [{ Key: 'team', Value: 'platform' }],
      Targets: [{ Arn: 'arn:aws:sns:us-east-1:123456789012:topic', Id: 'Target0' }],
    },
  },
  PullThroughCacheRule: {
    Type: 'AWS::ECR::PullThroughCacheRule',
    Properties: {
      CredentialArn:
        'arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/docker-hub-AbCdEf',
      CustomRoleArn: 'arn:aws:iam::123456789012:role/ecr-pull-through',
      EcrRepositoryPrefix: 'docker-hub',
      UpstreamRegistry: 'docker-hub',
      UpstreamRegistryUrl: 'registry-1.docker.io',
      UpstreamRepositoryPrefix: 'library',
    },
  },
  PullTimeUpdateExclusion: {
    Type: 'AWS::ECR::PullTimeUpdateExclusion',
    Properties: { PrincipalArn: 'arn:aws:iam::123456789012:role/scanner' },
  },
  ScanningConfiguration: {
    Type: 'AWS::ECR::RegistryScanningConfiguration',
    Properties: {
      Rules: [{ RepositoryFilters: [scanFilter(0)], ScanFrequency: 'SCAN_ON_PUSH' }],
      ScanType: 'ENHANCED',
    },
  },
  Replication: {
    Type: 'AWS::ECR::ReplicationConfiguration',
    Properties: {
      ReplicationConfiguration: {
        Rules: [{ Destinations: [destination(0)], RepositoryFilters: [prefixFilter(0)] }],
      },
    },
  },
  SigningConfiguration: {
    Type: 'AWS::ECR::SigningConfiguration',
    Properties: {
      Rules: [
        {
          RepositoryFilters: [signFilter(0)],
          SigningProfileArn: 'arn:aws:signer:us-east-1:123456789012:/signing-profiles/release',
        },
      ],
    },
  },
  Permission: {
    Type: 'AWS::Lambda::Permission',
    Properties: {
      Action: 'lambda:InvokeFunction',
      FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:notify',
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': ['Rule', 'Arn'] },
    },
  },
});

/** Strings on both sides of a length limit, in ASCII and in characters of two UTF-16 units. */
function lengthProbes(limit: number): string[] {
  return [limit - 1, limit, limit + 1]
    .filter((n) => n >= 0)
    .flatMap((n) => ['x'.repeat(n), '😀'.repeat(n)]);
}

/** Strings that tell a Rust pattern from a JavaScript one (Unicode digits, newlines…). */
const patternProbes = [
  '',
  'ROOT',
  'ROOT/',
  'team/',
  'a//b',
  'a___b',
  'a..b',
  'arn:aws:iam::123456789012:role/',
  'arn:aws:iam::123456789012:role/x',
  'arn:aws-cn:iam::123456789012:role/a,b-c.d@e_f+g=h',
  'arn:aws1:iam::123456789012:role/x',
  'arn:awsx:iam::123456789012:role/x',
  'arn:aws:iam::123456789012:role/path/x',
  'arn:aws:iam::123456789012:role/a b',
  'arn:aws:iam::123456789012:role/x\n',
  'arn:aws:iam::123456789012:role/\r',
  'arn:aws:iam::١٢٣٤٥٦٧٨٩٠١٢:role/x',
  'arn:aws:iam::12345678901:role/x',
  'arn:aws:iam::123456789012:user/x',
  'arn:aws:iam::123456789012:role/😀',
  'bad value!',
  'é',
  'a\n',
  '١٢٣٤٥٦٧٨٩٠١٢',
  '123456789012',
  'us-east-١:f',
  'arn:aws:lambda:local:123456789012:function:f',
  'arn:aws:lambda:us-east-10:123456789012:function:f',
  'alias/aws',
  'a--b',
  'a__b',
  'Ré',
];

/** Role ARNs and near misses, for the format AWS::IAM::Role.Arn (its pattern is inferred from these). */
const roleArnProbes = [
  'arn:aws:iam::123456789012:role/x',
  'arn:aws-cn:iam::123456789012:role/path/x',
  'arn:aws-us-gov:iam::123456789012:role/a+=,.@_- é',
  'arn:aws:iam::١٢٣٤٥٦٧٨٩٠١٢:role/x',
  'arn:aws:iam::12345:role/x',
  'arn:aws:iam::123456789012:user/x',
  'arn:aws:iam:us-east-1:123456789012:role/x',
  'arn:aws:iam::123456789012:role/',
  'arn:aws:iam::123456789012:role/x\n',
  'arn:aws:sts::123456789012:role/x',
  'arn:foo:iam::123456789012:role/x',
  'arn:aws-:iam::123456789012:role/x',
  'arn:aws:iam::123456789012:role//x/',
];

/** The i-th of distinct items of each array with an item limit. */
const itemOf: Record<string, (i: number) => unknown> = {
  AppliedFor: (i) => ['PULL_THROUGH_CACHE', 'REPLICATION', 'CREATE_ON_PUSH'][i % 3],
  ResourceTags: (i) => ({ Key: `key${i}`, Value: 'value' }),
  ImageTagMutabilityExclusionFilters: (i) => ({
    ImageTagMutabilityExclusionFilterType: 'WILDCARD',
    ImageTagMutabilityExclusionFilterValue: `tag${i}`,
  }),
  Tags: (i) => ({ Key: `key${i}`, Value: 'value' }),
  Targets: (i) => ({ Arn: 'arn:aws:sns:us-east-1:123456789012:topic', Id: `Target${i}` }),
  Rules: (i) => ({
    RepositoryFilters: [scanFilter(i)],
    ScanFrequency: i === 0 ? 'SCAN_ON_PUSH' : 'CONTINUOUS_SCAN',
  }),
  'ReplicationConfiguration.Rules.*.Destinations': destination,
  'ReplicationConfiguration.Rules.*.RepositoryFilters': prefixFilter,
  'Rules.*.RepositoryFilters': signFilter,
};

/** Arrays on both sides of an item limit. */
function itemProbes(path: readonly string[], limit: number): unknown[][] {
  const item = itemOf[path.join('.')];
  if (!item) throw new Error(`no items to probe ${path.join('.')} with`);
  return [limit - 1, limit, limit + 1]
    .filter((n) => n >= 0)
    .map((n) => Array.from({ length: n }, (_, i) => item(i)));
}

/** Arrays with and without an item twice. */
function uniqueProbes(path: readonly string[]): unknown[][] {
  const item = itemOf[path.join('.')];
  if (!item) throw new Error(`no items to probe ${path.join('.')} with`);
  return [
    [item(0), item(1)],
    [item(0), item(1), item(0)],
    [item(1), item(1)],
  ];
}

function probesOf(row: CfnConstraintRow): unknown[] {
  if (row.keyword === 'pattern') return patternProbes;
  if (row.keyword === 'format') return [...patternProbes, ...roleArnProbes];
  if (row.keyword === 'uniqueItems') return uniqueProbes(row.path);
  if (row.keyword === 'minLength' || row.keyword === 'maxLength') return lengthProbes(row.limit);
  return itemProbes(row.path, row.limit);
}

/** Sets the value at a row's path, `'*'` standing for the first item. */
function setAt(properties: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node: Record<string | number, unknown> = properties;
  path.slice(0, -1).forEach((segment) => {
    node = node[segment === '*' ? 0 : segment] as Record<string | number, unknown>;
  });
  const last = path[path.length - 1]!;
  node[last === '*' ? 0 : last] = value;
}

const cases = cfnConstraintRows.flatMap((row) => {
  const logicalId = Object.entries(baseResources()).find(([, r]) => r.Type === row.type)![0];
  return probesOf(row).map((value) => {
    const shown =
      typeof value === 'string'
        ? JSON.stringify(value).slice(0, 24)
        : `${(value as unknown[]).length} items`;
    const name = `${row.type} ${row.path.join('.')} ${row.keyword} ${row.limit}: ${shown}`;
    return [name, { row, logicalId, value }] as const;
  });
});

describe('the constraint table against aws-cdk-lib’s template validation', () => {
  it('has a base template the validator accepts', () => {
    const text = JSON.stringify({ Resources: baseResources() }, null, 1);
    expect(validateTemplateText(text)).toEqual([]);
  });

  it.each(cases)('%s', (_, { row, logicalId, value }) => {
    const resources = baseResources();
    const properties = resources[logicalId]!.Properties!;
    setAt(properties, row.path, value);
    const reported = validateTemplateText(JSON.stringify({ Resources: resources }, null, 1))
      .filter((v) => v.logicalIds.includes(logicalId))
      .map((v) => v.description);
    const engine = schemaViolations(row.type, properties, true).map((v) => v.message);
    expect(uniqueSorted(engine)).toBe(uniqueSorted(reported));
  });
});
