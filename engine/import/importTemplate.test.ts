import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty, runCount } from '../../oracle/assertProperty';
import {
  designArbitrary,
  fullDesignArbitrary,
  plainIdDesignArbitrary,
} from '../../oracle/designArbitrary';
import type { Design } from '../design/designSchema';
import type { PrincipalDesign } from '../design/entitySchemas';
import { formatPath } from '../fieldPath';
import type { Finding } from '../findings';
import { render } from '../render/render';
import { importText } from './importTemplate';

/** Ids whose logical IDs carry them back (hash-verified) without CDK metadata. */
const roundTrippable = designArbitrary.filter(
  (d) =>
    render(d).template !== undefined &&
    // An escape-hatch rule without a count criterion (a deploy-error) has no countType to import.
    !render(d).findings.some((f) => f.message.startsWith('ECR requires exactly one count')) &&
    d.repositories.every((r) => /^[A-Za-z][A-Za-z0-9]{0,239}$/.test(r.id) && r.id !== 'Default'),
);

describe('importText', () => {
  it('renders an imported template back to the same template (JSON and YAML)', () => {
    assertProperty(
      'template round trip',
      fc.tuple(roundTrippable, fc.boolean()),
      ([design, yaml]) => {
        const original = render(design);
        const imported = importText(yaml ? original.cfnYaml! : original.cfnJson!);
        expect(imported.findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(JSON.stringify(render(imported.design!).template)).toBe(
          JSON.stringify(original.template),
        );
      },
      { runs: 200 },
    );
  });

  it('reads a hand-written YAML template with short-form intrinsics and lists what it cannot represent', () => {
    const yaml = `
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: { Type: String }
Resources:
  AppRepo:
    Type: AWS::ECR::Repository
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      RepositoryName: !Sub "\${Env}-app"
      ImageScanningConfiguration: { ScanOnPush: true }
      ImageTagMutability: IMMUTABLE
      LifecyclePolicy:
        LifecyclePolicyText: |
          {"rules":[{"rulePriority":1,"selection":{"tagStatus":"tagged","tagPrefixList":["prod"],"countType":"imageCountMoreThan","countNumber":9999},"action":{"type":"expire"}},
                    {"rulePriority":2,"selection":{"tagStatus":"any","countType":"sinceImagePushed","countUnit":"days","countNumber":30},"action":{"type":"expire"}}]}
      RepositoryPolicyText: { Version: "2012-10-17", Statement: [] }
  Topic:
    Type: AWS::SNS::Topic
  Bucket:
    Type: AWS::S3::Bucket
`;
    const { design, findings } = importText(yaml);
    expect(design).toEqual({
      version: 1,
      topics: [{ id: 'Topic', logicalId: 'Topic' }],
      repositories: [
        {
          id: 'AppRepo',
          logicalId: 'AppRepo',
          imageScanOnPush: true,
          imageTagMutability: 'IMMUTABLE',
          lifecycleRules: [
            { tagStatus: 'TAGGED', tagPrefixList: ['prod'], maxImageCount: 9999 },
            { tagStatus: 'ANY', maxImageAgeDays: 30 },
          ],
        },
      ],
    });
    // The repository and the topic keep their logical IDs.
    expect(findings.map((f) => formatPath(f.path))).toEqual([
      'Resources.AppRepo.Properties.RepositoryName',
      'Resources.Bucket',
      'Parameters.Env',
      // An empty resource policy renders nothing: named, not dropped silently.
      'Resources.AppRepo.Properties.RepositoryPolicyText.Version',
      'Resources.AppRepo.Properties.RepositoryPolicyText.Statement',
    ]);
    expect(findings[0]!.message).toBe(
      'Fn::Sub cannot be followed here (a literal string is needed); left out',
    );
  });

  it('names exclusion filters and keys it cannot read instead of dropping them', () => {
    const { design, findings } = importText(
      JSON.stringify({
        Resources: {
          Repo: {
            Type: 'AWS::ECR::Repository',
            Properties: {
              ImageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
              ImageTagMutabilityExclusionFilters: [
                {
                  ImageTagMutabilityExclusionFilterType: 'WILDCARD',
                  ImageTagMutabilityExclusionFilterValue: 'dev-*',
                },
                {
                  ImageTagMutabilityExclusionFilterType: 'WILDCARD',
                  ImageTagMutabilityExclusionFilterValue: { Ref: 'Filter' },
                },
              ],
              EncryptionConfiguration: {
                EncryptionType: 'KMS',
                KmsKey: { 'Fn::ImportValue': 'key' },
              },
            },
          },
        },
      }),
    );
    expect(design?.repositories[0]?.imageTagMutabilityExclusionFilters).toEqual(['dev-*']);
    expect(findings.map((f) => `${formatPath(f.path)}: ${f.message}`)).toEqual(
      expect.arrayContaining([
        'Resources.Repo.Properties.ImageTagMutabilityExclusionFilters[1]: not a filter with a literal value; left out',
        'Resources.Repo.Properties.EncryptionConfiguration.KmsKey: only a key of this template or a key ARN can be imported; the AWS managed key is used',
      ]),
    );
  });

  it('refuses YAML tags CloudFormation does not know rather than read their values as literals', () => {
    const { design, findings } = importText(
      'Resources:\n  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: !Rain::Embed name.txt\n',
    );
    expect(design).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'neither JSON nor CloudFormation YAML: Unresolved tag: !Rain::Embed',
      }),
    ]);
  });

  it('imports a bare lifecycle policy as ECR gives it, keeping explicit priorities that are not 1..n', () => {
    const { design, findings } = importText(
      '{"rules":[{"rulePriority":10,"description":"old","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}},{"rulePriority":20,"selection":{"tagStatus":"any","countType":"sinceImagePulled","countUnit":"days","countNumber":30},"action":{"type":"transition","targetStorageClass":"archive"}}]}',
    );
    expect(design?.repositories[0]?.lifecycleRules).toEqual([
      { rulePriority: 10, description: 'old', tagStatus: 'UNTAGGED', maxImageAgeDays: 14 },
      { rulePriority: 20, tagStatus: 'ANY', maxDaysSinceImagePulled: 30, action: 'TRANSITION' },
    ]);
    expect(findings).toEqual([]);
  });

  it('imports what aws ecr get-lifecycle-policy prints: the policy text and the repository name', () => {
    const output = {
      registryId: '123456789012',
      repositoryName: 'project-a/amazon-ecs-sample',
      lifecyclePolicyText:
        '{"rules":[{"rulePriority":1,"description":"Expire images older than 14 days","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}',
      lastEvaluatedAt: 1504295007.0,
    };
    const { design, findings } = importText(JSON.stringify(output, null, 4));
    expect(design).toEqual({
      version: 1,
      repositories: [
        {
          id: 'Repository',
          repositoryName: 'project-a/amazon-ecs-sample',
          lifecycleRules: [
            {
              description: 'Expire images older than 14 days',
              tagStatus: 'UNTAGGED',
              maxImageAgeDays: 14,
            },
          ],
        },
      ],
    });
    expect(findings.map((f) => formatPath(f.path))).toEqual(['registryId']);
    const broken = importText(JSON.stringify({ ...output, lifecyclePolicyText: '{"rules":' }));
    expect(broken.design).toBeUndefined();
    expect(broken.findings).toEqual([
      expect.objectContaining({ path: ['lifecyclePolicyText'], severity: 'error' }),
    ]);
  });

  it('imports what aws ecr describe-repositories prints, and a design as it is', () => {
    const kmsKey = 'arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const described = {
      repositories: [
        {
          repositoryArn: 'arn:aws:ecr:us-west-2:123456789012:repository/project-a/web-app',
          registryId: '123456789012',
          repositoryName: 'project-a/web-app',
          repositoryUri: '123456789012.dkr.ecr.us-west-2.amazonaws.com/project-a/web-app',
          createdAt: '2019-01-16T13:12:37-08:00',
          imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
          imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'latest' }],
          imageScanningConfiguration: { scanOnPush: true },
          encryptionConfiguration: { encryptionType: 'KMS', kmsKey },
        },
        {
          repositoryName: 'project-a/web-app2',
          imageTagMutability: 'MUTABLE',
          imageScanningConfiguration: { scanOnPush: false },
          encryptionConfiguration: { encryptionType: 'AES256' },
          replicationStatus: 'COMPLETE',
        },
      ],
    };
    const { design, findings } = importText(JSON.stringify(described));
    expect(design).toEqual({
      version: 1,
      keys: [{ id: 'ImportedKey1', keyArn: kmsKey }],
      repositories: [
        {
          id: 'ProjectAWebApp',
          repositoryName: 'project-a/web-app',
          imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
          imageTagMutabilityExclusionFilters: ['latest'],
          imageScanOnPush: true,
          encryption: 'KMS',
          encryptionKey: 'ImportedKey1',
        },
        { id: 'ProjectAWebApp2', repositoryName: 'project-a/web-app2' },
      ],
    });
    expect(findings.map((f) => `${formatPath(f.path)}: ${f.message}`)).toEqual([
      'repositories[1].replicationStatus: cannot be represented; left out',
    ]);
    expect(render(design!).findings.filter((f) => f.severity !== 'warning')).toEqual([]);

    const asDesign = importText(JSON.stringify(design));
    expect(asDesign).toEqual({ design, findings: [] });
  });

  it('never throws and explains every failure, for 2,000 mutated and random inputs', () => {
    const withCdkPaths = (template: object) => {
      const { Resources } = template as { Resources: Record<string, Record<string, unknown>> };
      for (const [id, resource] of Object.entries(Resources))
        resource.Metadata = { 'aws:cdk:path': `EcrStack/${id}/Resource` };
      return JSON.stringify(template);
    };
    // A fixed corpus of texts to mutate: the property is over the mutations, not over designs.
    const seeds = fc
      .sample(fullDesignArbitrary, { numRuns: 30, seed: 5 })
      .map((d) => render(d))
      .filter((r) => r.template !== undefined)
      .flatMap((r) => [r.cfnJson!, r.cfnYaml!, withCdkPaths(JSON.parse(r.cfnJson!))]);
    seeds.push(
      JSON.stringify(fc.sample(fullDesignArbitrary, { numRuns: 1, seed: 6 })[0]),
      JSON.stringify({
        repositories: [
          {
            repositoryName: 'a/b',
            imageTagMutability: 'IMMUTABLE',
            imageScanningConfiguration: { scanOnPush: true },
            encryptionConfiguration: { encryptionType: 'KMS' },
          },
        ],
      }),
      JSON.stringify({
        registryId: '123456789012',
        repositoryName: 'app',
        lifecyclePolicyText: render(fc.sample(roundTrippable, { numRuns: 1, seed: 5 })[0]!)
          .repositories[0]?.lifecyclePolicyJson,
      }),
    );
    const mutated = fc
      .tuple(fc.constantFrom(...seeds), fc.nat(), fc.string({ maxLength: 4 }))
      .map(([text, at, insert]) => {
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + insert + text.slice(cut + insert.length);
      });
    const input = fc.oneof(
      mutated,
      fc.json(),
      fc.string({ maxLength: 200 }),
      fc.constantFrom(
        '{"Resources":{"__proto__":{"Type":"AWS::ECR::Repository"}}}',
        '{"rules":null}',
        'a: &a [*a]',
        '- !Ref',
      ),
    );
    assertProperty(
      'import of broken input',
      input,
      (text) => {
        const result = importText(text);
        if (!result.design)
          expect(result.findings.some((f) => f.severity === 'error' && f.message !== '')).toBe(
            true,
          );
      },
      { runs: 2000 },
    );
  });
});

describe('importText with the entities beside repositories', () => {
  it('renders exactly the template it read whenever it reports nothing left out', () => {
    let exact = 0;
    let withEntities = 0;

    assertProperty(
      'template round trip with entities',
      fc.tuple(fullDesignArbitrary, fc.boolean()),
      ([design, yaml]) => {
        const original = render(design);
        if (!original.template) return;
        const imported = importText(yaml ? original.cfnYaml! : original.cfnJson!);
        expect(imported.findings.filter((f) => f.severity === 'error')).toEqual([]);
        if (imported.findings.length > 0) return;
        exact++;
        if (design.keys || design.principals || design.topics || design.queues || design.functions)
          withEntities++;
        expect(JSON.stringify(render(imported.design!).template)).toBe(
          JSON.stringify(original.template),
        );
      },
      { runs: 400 },
    );
    expect(withEntities).toBeGreaterThan(runCount(400) / 40);
    expect(exact).toBeGreaterThan(runCount(400) / 40);
  });
});

describe('importText with construct ids that logical IDs keep whole', () => {
  const repositoryGrantTo = (design: Design, type: PrincipalDesign['type']) =>
    design.grants?.some(
      (g) =>
        'repository' in g && design.principals?.find((p) => p.id === g.principal)?.type === type,
    ) ?? false;

  it('brings nearly every design back exactly, grants to roles imported by ARN included', () => {
    let rendered = 0;
    let exact = 0;
    let importedRoleGrants = 0;
    assertProperty(
      'template round trip with plain ids',
      plainIdDesignArbitrary,
      (design) => {
        const original = render(design);
        if (!original.template) return;
        rendered++;
        const imported = importText(original.cfnJson!);
        const unknownArn = (f: Finding) => f.message.includes('but never its ARN');
        if (imported.findings.some((f) => !unknownArn(f))) return;
        expect(JSON.stringify(render(imported.design!).template)).toBe(
          JSON.stringify(original.template),
        );
        exact++;
        if (repositoryGrantTo(design, 'Role.fromRoleArn')) importedRoleGrants++;
      },
      { runs: 1000, seed: 42 },
    );
    expect(exact).toBeGreaterThan(rendered * 0.97);
    expect(importedRoleGrants).toBeGreaterThan(runCount(1000) / 50);
  });
});

describe('importText of account principals', () => {
  it('gives an account in several statements CDK kept apart as many principals', () => {
    const design: Design = {
      version: 1,
      principals: [
        { type: 'AccountPrincipal', id: 'Readers', accountId: '210987654321' },
        { type: 'AccountPrincipal', id: 'Pushers', accountId: '210987654321' },
      ],
      repositories: [
        {
          id: 'App',
          resourcePolicy: [
            { principals: ['Readers'], actions: ['ecr:BatchGetImage'] },
            { principals: ['Pushers'], actions: ['ecr:PutImage'] },
          ],
        },
      ],
    };
    const original = render(design);
    const imported = importText(original.cfnJson!);
    expect(imported.findings).toEqual([]);
    expect(imported.design?.principals?.map((p) => p.id)).toEqual([
      'Account210987654321',
      'Account2109876543212',
    ]);
    expect(render(imported.design!).cfnJson).toBe(original.cfnJson);
  });
});

describe('importText of roles imported by ARN', () => {
  const design = (roleId: string): Design => ({
    version: 1,
    stackName: 'Build',
    principals: [
      { type: 'Role.fromRoleArn', id: roleId, roleArn: 'arn:aws:iam::123456789012:role/ci' },
    ],
    repositories: [{ id: 'App' }],
    grants: [{ grant: 'grantPull', repository: 'App', principal: roleId }],
  });

  it('reads the role, its grants and the stack name back from the policy CDK attaches by name', () => {
    const imported = importText(render(design('CiRole')).cfnJson!);
    expect(imported.findings).toEqual([]);
    expect(imported.design).toEqual(design('CiRole'));
  });

  it('keeps the policy’s logical ID when the role id lost characters in it, and takes the id from `cdk synth` paths', () => {
    const template = render(design('ci-role')).template as { Resources: Record<string, object> };
    const [policyId, policy] = Object.entries(template.Resources).find(([id]) =>
      id.startsWith('cirole'),
    )!;
    const bare = importText(JSON.stringify(template));
    // The construct ids are a guess, but the policy keeps its logical ID: the template is the same.
    expect(bare.findings).toEqual([]);
    expect(bare.design?.grants).toHaveLength(1);
    expect(bare.design?.principals?.[0]).toMatchObject({ policyLogicalId: policyId });
    expect(JSON.stringify(render(bare.design!).template)).toBe(JSON.stringify(template));

    const policyName = (policy as { Properties: { PolicyName: string } }).Properties.PolicyName;
    template.Resources[policyId] = {
      ...policy,
      Metadata: { 'aws:cdk:path': `Build/ci-role/${policyName}/Resource` },
    };
    const withPaths = importText(JSON.stringify(template));
    expect(withPaths.findings).toEqual([]);
    expect(withPaths.design).toEqual(design('ci-role'));
  });

  it('says so when the ids it can tell make a design CDK refuses', () => {
    // A repository with the id Default renders as "Resource"; the role's id is guessed "Default".
    const design: Design = {
      version: 1,
      principals: [
        {
          type: 'Role.fromRoleArn',
          id: 'Pa/b0',
          roleArn: 'arn:aws:iam::123456789012:role/builder',
        },
      ],
      repositories: [{ id: 'Default' }],
      grants: [{ grant: 'grantPull', repository: 'Default', principal: 'Pa/b0' }],
    };
    const imported = importText(render(design).cfnJson!);
    expect(imported.findings.map((f) => [formatPath(f.path), f.severity, f.message])).toEqual([
      [
        'Resources',
        'warning',
        expect.stringMatching(
          /^the imported design is refused at principals\[0\]\.id: Cannot determine default child/,
        ),
      ],
    ]);
  });

  it('warns when the stack of `cdk synth` paths cannot be a design stack name', () => {
    const template = render({ version: 1, repositories: [{ id: 'App' }] }).template as {
      Resources: Record<string, Record<string, unknown>>;
    };
    const [id, repository] = Object.entries(template.Resources)[0]!;
    repository.Metadata = { 'aws:cdk:path': 'my-stack/App/Resource' };
    const imported = importText(JSON.stringify(template));
    expect(imported.design).toEqual({ version: 1, repositories: [{ id: 'App' }] });
    expect(imported.findings.map((f) => [formatPath(f.path), f.message])).toEqual([
      [
        `Resources.${id}.Metadata`,
        expect.stringMatching(/^the stack is named my-stack, which a design's stackName cannot be/),
      ],
    ]);
  });
});
