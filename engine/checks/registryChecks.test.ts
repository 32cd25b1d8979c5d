import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analyzeDesign';
import type { Design, RegistryDesign } from '../design/designSchema';
import { type Finding, FindingCode } from '../findings';

const designWith = (registry: RegistryDesign, extra: Partial<Design> = {}): Design => ({
  version: 1,
  repositories: [{ id: 'Repo', repositoryName: 'web' }],
  registry,
  ...extra,
});

const findings = (design: Design) =>
  analyzeDesign(design).findings.filter(
    (f) => f.path[0] === 'registry' || Object.values(FindingCode).includes(f.code),
  );
const brief = (list: readonly Finding[]) =>
  list.map((f) => [f.severity, f.code, f.path.join('.')] as const);
const ofCode = (design: Design, code: FindingCode) =>
  brief(findings(design).filter((f) => f.code === code));

const role = 'arn:aws:iam::111122223333:role/ecr-templates';

describe('creation template deploy-errors', () => {
  it('refuse values CloudFormation does not allow, where CDK only warns', () => {
    const d = designWith({
      creationTemplates: [
        {
          id: 'T',
          prefix: 'ROOT',
          appliedFor: ['REPLICATION', 'PUSH'],
          imageTagMutability: 'FROZEN',
          encryption: 'AES',
        },
      ],
    });
    expect(ofCode(d, FindingCode.registryValueNotAllowed)).toEqual([
      ['deploy-error', 'registry-value-not-allowed', 'registry.creationTemplates.0.appliedFor.1'],
      [
        'deploy-error',
        'registry-value-not-allowed',
        'registry.creationTemplates.0.imageTagMutability',
      ],
      ['deploy-error', 'registry-value-not-allowed', 'registry.creationTemplates.0.encryption'],
    ]);
  });

  it('need a custom role for KMS or resource tags, and no key with AES256', () => {
    const d = designWith(
      {
        creationTemplates: [
          { id: 'A', prefix: 'a', appliedFor: ['REPLICATION'], encryption: 'KMS' },
          {
            id: 'B',
            prefix: 'b',
            appliedFor: ['REPLICATION'],
            resourceTags: [{ key: 'k', value: 'v' }],
          },
          {
            id: 'C',
            prefix: 'c',
            appliedFor: ['REPLICATION'],
            encryption: 'KMS',
            customRoleArn: role,
          },
          // A key without a type renders as KMS, as a repository's does.
          { id: 'D', prefix: 'd', appliedFor: ['REPLICATION'], encryptionKey: 'Key' },
          {
            id: 'E',
            prefix: 'e',
            appliedFor: ['REPLICATION'],
            encryption: 'AES256',
            encryptionKey: 'Key',
          },
        ],
      },
      { keys: [{ id: 'Key' }] },
    );
    expect(ofCode(d, FindingCode.templateRoleMissing)).toEqual([
      ['deploy-error', 'template-role-missing', 'registry.creationTemplates.0.customRoleArn'],
      ['deploy-error', 'template-role-missing', 'registry.creationTemplates.1.customRoleArn'],
      ['deploy-error', 'template-role-missing', 'registry.creationTemplates.3.customRoleArn'],
    ]);
    expect(ofCode(d, FindingCode.templateKeyWithAes256)).toEqual([
      ['deploy-error', 'template-key-with-aes256', 'registry.creationTemplates.4.encryptionKey'],
    ]);
  });

  it('refuse an empty appliedFor, exclusion filters without their mode and prefixes ECR reads as one', () => {
    const d = designWith({
      creationTemplates: [
        { id: 'A', prefix: 'prod', appliedFor: [] },
        {
          id: 'B',
          prefix: 'prod/',
          appliedFor: ['REPLICATION'],
          imageTagMutabilityExclusionFilters: ['x*'],
        },
        {
          id: 'C',
          prefix: 'c',
          appliedFor: ['REPLICATION'],
          imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
        },
      ],
    });
    expect(ofCode(d, FindingCode.templateAppliedForEmpty).map((f) => f[2])).toEqual([
      'registry.creationTemplates.0.appliedFor',
    ]);
    expect(ofCode(d, FindingCode.templateExclusionMismatch).map((f) => f[2])).toEqual([
      'registry.creationTemplates.1.imageTagMutabilityExclusionFilters',
      'registry.creationTemplates.2.imageTagMutability',
    ]);
    expect(ofCode(d, FindingCode.registryPrefixDuplicate).map((f) => f[2])).toEqual([
      'registry.creationTemplates.1.prefix',
    ]);
  });

  it('check a template’s lifecycle rules as ECR checks a repository’s, at the template’s paths', () => {
    const d = designWith({
      creationTemplates: [
        {
          id: 'T',
          prefix: 'ROOT',
          appliedFor: ['PULL_THROUGH_CACHE'],
          lifecycleRules: [
            { rulePriority: 1, tagStatus: 'UNTAGGED', maxImageCount: 0 },
            { rulePriority: 1, tagStatus: 'TAGGED', maxImageCount: 5 },
            { rulePriority: 3, tagStatus: 'ANY', maxImageAgeDays: 30 },
            { rulePriority: 4, tagStatus: 'TAGGED', tagPrefixList: ['a', 'b'], maxImageCount: 1 },
          ],
        },
      ],
    });
    const all = brief(findings(d)).filter(([, , path]) => path.includes('lifecycleRules'));
    const at = (i: number, field: string) =>
      `registry.creationTemplates.0.lifecycleRules.${i}.${field}`;
    expect(all).toEqual(
      expect.arrayContaining([
        ['deploy-error', 'count-below-one', at(0, 'maxImageCount')],
        ['deploy-error', 'priority-not-unique', at(1, 'rulePriority')],
        ['deploy-error', 'ecr-tagged-without-list', at(1, 'tagStatus')],
        ['deploy-error', 'ecr-any-not-last', at(2, 'rulePriority')],
        ['warning', 'tag-list-and', at(3, 'tagPrefixList')],
      ]),
    );
    expect(all.every(([severity]) => severity !== 'error')).toBe(true);
  });
});

describe('pull-through cache deploy-errors', () => {
  it('need the credentials and role each upstream needs, the documented URL and the required fields', () => {
    const d = designWith({
      pullThroughCacheRules: [
        {
          id: 'Hub',
          ecrRepositoryPrefix: 'hub',
          upstreamRegistry: 'docker-hub',
          upstreamRegistryUrl: 'docker.io',
        },
        {
          id: 'Ecr',
          ecrRepositoryPrefix: 'up',
          upstreamRegistry: 'ecr',
          upstreamRegistryUrl: '111122223333.dkr.ecr.us-east-1.amazonaws.com',
        },
        {
          id: 'Pub',
          upstreamRegistry: 'ecr-public',
          upstreamRegistryUrl: 'public.ecr.aws',
          upstreamRepositoryPrefix: 'x',
        },
        {
          id: 'Odd',
          ecrRepositoryPrefix: 'odd',
          upstreamRegistry: 'harbor',
          upstreamRegistryUrl: 'h.example',
        },
        {
          id: 'Quay',
          ecrRepositoryPrefix: 'quay',
          upstreamRegistry: 'quay',
          upstreamRegistryUrl: 'https://quay.io',
          credentialArn: 'arn:x',
        },
        { id: 'Hub2', ecrRepositoryPrefix: 'hub/', upstreamRegistryUrl: 'registry-1.docker.io' },
      ],
    });
    const codes = brief(findings(d)).filter(([, , p]) =>
      p.startsWith('registry.pullThroughCacheRules'),
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        [
          'deploy-error',
          'upstream-url-mismatch',
          'registry.pullThroughCacheRules.0.upstreamRegistryUrl',
        ],
        [
          'deploy-error',
          'upstream-credential-missing',
          'registry.pullThroughCacheRules.0.credentialArn',
        ],
        ['deploy-error', 'upstream-role-missing', 'registry.pullThroughCacheRules.1.customRoleArn'],
        [
          'deploy-error',
          'pull-through-field-missing',
          'registry.pullThroughCacheRules.2.ecrRepositoryPrefix',
        ],
        [
          'deploy-error',
          'upstream-prefix-under-root',
          'registry.pullThroughCacheRules.2.upstreamRepositoryPrefix',
        ],
        [
          'deploy-error',
          'registry-value-not-allowed',
          'registry.pullThroughCacheRules.3.upstreamRegistry',
        ],
        ['warning', 'upstream-credential-unused', 'registry.pullThroughCacheRules.4.credentialArn'],
        [
          'deploy-error',
          'registry-prefix-duplicate',
          'registry.pullThroughCacheRules.5.ecrRepositoryPrefix',
        ],
      ]),
    );
    expect(codes.some(([, c, p]) => c === 'upstream-url-mismatch' && p.includes('.4.'))).toBe(
      false,
    );
  });
});

describe('replication, scanning and signing deploy-errors', () => {
  const destination = { region: 'eu-west-1', registryId: '111122223333' };
  const arn = 'arn:aws:signer:us-east-1:111122223333:/signing-profiles/prof';

  it('count the rules against ECR’s quotas', () => {
    const d = designWith({
      replication: { rules: Array.from({ length: 11 }, () => ({ destinations: [destination] })) },
      signing: { rules: Array.from({ length: 10 }, () => ({ signingProfileArn: arn })) },
    });
    expect(ofCode(d, FindingCode.registryTooManyRules)).toEqual([
      ['deploy-error', 'registry-too-many-rules', 'registry.replication.rules'],
    ]);
  });

  it('refuse CONTINUOUS_SCAN under BASIC and values CloudFormation does not allow', () => {
    const d = designWith({
      scanning: {
        scanType: 'BASIC',
        rules: [
          { scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: ['*'] },
          { scanFrequency: 'MANUAL', repositoryFilters: ['*'] },
        ],
      },
    });
    expect(brief(findings(d)).filter(([, , p]) => p.startsWith('registry.scanning'))).toEqual([
      [
        'deploy-error',
        'continuous-scan-without-enhanced',
        'registry.scanning.rules.0.scanFrequency',
      ],
      ['deploy-error', 'registry-value-not-allowed', 'registry.scanning.rules.1.scanFrequency'],
    ]);
  });

  it('warn of two rules with one frequency', () => {
    const rule = { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: ['*'] };
    const d = designWith({ scanning: { scanType: 'ENHANCED', rules: [rule, rule] } });
    expect(ofCode(d, FindingCode.scanFrequencyTwice)).toEqual([
      ['warning', 'scan-frequency-twice', 'registry.scanning.rules.1.scanFrequency'],
    ]);
  });
});

describe('warnings from how the rules combine', () => {
  const replication = {
    rules: [{ destinations: [{ region: 'eu-west-1', registryId: '111122223333' }] }],
  };

  it('lifecycle rules are not replicated: the destination’s template gives them, or none', () => {
    const repositories = [
      { id: 'Repo', repositoryName: 'web', lifecycleRules: [{ maxImageCount: 5 }] },
    ];
    const none = designWith({ replication }, { repositories });
    expect(ofCode(none, FindingCode.lifecycleNotReplicated)).toEqual([
      ['warning', 'lifecycle-not-replicated', 'repositories.0.lifecycleRules'],
    ]);
    const withTemplate = designWith(
      {
        replication,
        creationTemplates: [
          {
            id: 'T',
            prefix: 'ROOT',
            appliedFor: ['REPLICATION'],
            lifecycleRules: [{ maxImageCount: 5 }],
          },
        ],
      },
      { repositories },
    );
    expect(ofCode(withTemplate, FindingCode.lifecycleNotReplicated)).toEqual([]);
  });

  it('a pull-through cache prefix without a template giving lifecycle rules grows without bound', () => {
    const d = designWith({
      pullThroughCacheRules: [
        { id: 'Pub', ecrRepositoryPrefix: 'ecr-public', upstreamRegistryUrl: 'public.ecr.aws' },
        { id: 'K8s', ecrRepositoryPrefix: 'k8s', upstreamRegistryUrl: 'registry.k8s.io' },
      ],
      creationTemplates: [
        {
          id: 'T',
          prefix: 'k8s',
          appliedFor: ['PULL_THROUGH_CACHE'],
          lifecycleRules: [{ maxImageCount: 9 }],
        },
        {
          id: 'U',
          prefix: 'ecr-public/deep',
          appliedFor: ['PULL_THROUGH_CACHE'],
          lifecycleRules: [{ maxImageCount: 9 }],
        },
      ],
    });
    expect(ofCode(d, FindingCode.pullThroughUnbounded)).toEqual([
      ['warning', 'pull-through-unbounded', 'registry.pullThroughCacheRules.0.ecrRepositoryPrefix'],
    ]);
  });

  it('sinceImagePulled rules under ENHANCED scanning want a pull-time update exclusion', () => {
    const pulled = { maxDaysSinceImagePulled: 30, action: 'TRANSITION' as const };
    const registry: RegistryDesign = {
      scanning: {
        scanType: 'ENHANCED',
        rules: [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: ['*'] }],
      },
      creationTemplates: [
        { id: 'T', prefix: 'ROOT', appliedFor: ['REPLICATION'], lifecycleRules: [pulled] },
      ],
    };
    const repositories = [{ id: 'Repo', lifecycleRules: [pulled] }];
    expect(
      ofCode(designWith(registry, { repositories }), FindingCode.pulledRuleWithoutExclusion),
    ).toEqual([
      [
        'warning',
        'pulled-rule-without-exclusion',
        'repositories.0.lifecycleRules.0.maxDaysSinceImagePulled',
      ],
      [
        'warning',
        'pulled-rule-without-exclusion',
        'registry.creationTemplates.0.lifecycleRules.0.maxDaysSinceImagePulled',
      ],
    ]);
    const excluded = { ...registry, pullTimeUpdateExclusions: [{ id: 'X', principalArn: role }] };
    expect(
      ofCode(designWith(excluded, { repositories }), FindingCode.pulledRuleWithoutExclusion),
    ).toEqual([]);
  });

  it('a ROOT template that is mutable or AES256 beside immutable or KMS repositories', () => {
    const d = designWith(
      { creationTemplates: [{ id: 'T', prefix: 'ROOT', appliedFor: ['REPLICATION'] }] },
      { repositories: [{ id: 'Repo', imageTagMutability: 'IMMUTABLE', encryption: 'KMS' }] },
    );
    expect(brief(findings(d)).filter(([, c]) => c.startsWith('root-template'))).toEqual([
      ['warning', 'root-template-mutable', 'registry.creationTemplates.0.imageTagMutability'],
      ['warning', 'root-template-unencrypted', 'registry.creationTemplates.0.encryption'],
    ]);
    const plain = designWith({
      creationTemplates: [{ id: 'T', prefix: 'ROOT', appliedFor: ['REPLICATION'] }],
    });
    expect(brief(findings(plain)).filter(([, c]) => c.startsWith('root-template'))).toEqual([]);
  });
});

describe('a design without a registry', () => {
  it('has none of these findings', () => {
    const codes = new Set(Object.values(FindingCode));
    const d: Design = {
      version: 1,
      repositories: [{ id: 'Repo', lifecycleRules: [{ maxImageCount: 1 }] }],
    };
    expect(
      analyzeDesign(d).findings.filter((f) => f.path[0] === 'registry' && codes.has(f.code)),
    ).toEqual([]);
  });
});
