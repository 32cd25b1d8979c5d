import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreationTemplateDesign, Design, RegistryDesign } from '../design/designSchema';
import { registryAssumptions } from './assumptions';
import { templateIndexFor } from './creationTemplateMatch';
import { matchRegistry } from './matchRegistry';

const designWith = (registry: RegistryDesign, extra: Partial<Design> = {}): Design => ({
  version: 1,
  repositories: [],
  registry,
  ...extra,
});

const template = (
  prefix: string,
  appliedFor: string[],
  more: Partial<CreationTemplateDesign> = {},
): CreationTemplateDesign => ({ id: `T${prefix}`, prefix, appliedFor, ...more });

describe('creation templates', () => {
  const all = ['PULL_THROUGH_CACHE', 'REPLICATION', 'CREATE_ON_PUSH'];
  const design = designWith(
    {
      creationTemplates: [
        template('ROOT', all, { imageTagMutability: 'IMMUTABLE' }),
        template('prod', all, { encryption: 'KMS', encryptionKey: 'Key' }),
        template('prod/team', ['REPLICATION'], { lifecycleRules: [{ maxImageCount: 5 }] }),
      ],
    },
    { keys: [{ id: 'Key', keyArn: 'arn:aws:kms:us-east-1:111122223333:key/abc' }] },
  );

  it('take the longest matching prefix per way of creation, else ROOT', () => {
    const result = matchRegistry(design, 'prod/team/web');
    expect(result.templates.map((t) => [t.way, t.prefix])).toEqual([
      ['PULL_THROUGH_CACHE', 'prod'],
      ['REPLICATION', 'prod/team'],
      ['CREATE_ON_PUSH', 'prod'],
    ]);
    expect(result.templates[1]!.effect.lifecycleRuleCount).toBe(1);
    expect(result.templates[0]!.effect).toMatchObject({
      encryption: 'KMS',
      imageTagMutability: 'MUTABLE',
      kmsKey: { keyId: 'Key', keyArn: 'arn:aws:kms:us-east-1:111122223333:key/abc' },
    });
    expect(matchRegistry(design, 'production/web').templates[0]!.prefix).toBe('ROOT');
    expect(matchRegistry(design, 'production/web').templates[0]!.effect.imageTagMutability).toBe(
      'IMMUTABLE',
    );
  });

  it('give ECR’s defaults where no template applies', () => {
    const result = matchRegistry(designWith({}), 'anything');
    for (const match of result.templates) {
      expect(match.index).toBeUndefined();
      expect(match.effect).toMatchObject({
        encryption: 'AES256',
        imageTagMutability: 'MUTABLE',
        lifecycleRuleCount: 0,
      });
    }
  });

  it('KMS without a key uses the AWS managed key', () => {
    const d = designWith({ creationTemplates: [template('ROOT', all, { encryption: 'KMS' })] });
    expect(matchRegistry(d, 'x').templates[0]!.effect.kmsKey).toBe('aws-managed');
  });

  const segment = fc.stringMatching(/^[a-c]{1,2}$/);
  const prefixArb = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
  const templatesArb = fc.array(
    fc.record({
      prefix: fc.oneof(prefixArb, fc.constant('ROOT')),
      appliedFor: fc.subarray(all, { minLength: 1 }),
    }),
    { maxLength: 8 },
  );
  const nameArb = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));

  it('the chosen template is the longest prefix whose namespace holds the name, else ROOT', () => {
    fc.assert(
      fc.property(templatesArb, nameArb, fc.constantFrom(...all), (specs, name, way) => {
        const templates = specs.map((s, i) => ({ id: `T${i}`, ...s }));
        const index = templateIndexFor(templates, name, way as 'REPLICATION');
        const applicable = templates.filter((t) => t.appliedFor.includes(way));
        const holding = applicable.filter(
          (t) => t.prefix !== 'ROOT' && name.startsWith(`${t.prefix}/`),
        );
        if (holding.length > 0) {
          const longest = Math.max(...holding.map((t) => t.prefix.length));
          expect(templates[index!]!.prefix.length).toBe(longest);
          expect(name.startsWith(`${templates[index!]!.prefix}/`)).toBe(true);
        } else if (applicable.some((t) => t.prefix === 'ROOT')) {
          expect(templates[index!]!.prefix).toBe('ROOT');
        } else expect(index).toBeUndefined();
        if (index !== undefined) expect(templates[index]!.appliedFor).toContain(way);
      }),
    );
  });
});

describe('replication', () => {
  const design = designWith({
    replication: {
      rules: [
        { destinations: [{ region: 'eu-west-1', registryId: '111122223333' }] },
        {
          destinations: [{ region: 'us-west-2', registryId: '444455556666' }],
          repositoryFilters: ['prod', 'stage'],
        },
      ],
    },
    creationTemplates: [
      template('prod', ['REPLICATION'], { lifecycleRules: [{ maxImageCount: 3 }] }),
    ],
  });

  it('lists the rules that copy a name, with the filter that matched', () => {
    const result = matchRegistry(design, 'prod/web').replication;
    expect(result.rules).toEqual([
      { ruleIndex: 0, destinations: [{ region: 'eu-west-1', registryId: '111122223333' }] },
      {
        ruleIndex: 1,
        filter: 'prod',
        destinations: [{ region: 'us-west-2', registryId: '444455556666' }],
      },
    ]);
    expect(result.destinationTemplate?.prefix).toBe('prod');
    expect(matchRegistry(design, 'production').replication.rules).toHaveLength(2);
    expect(matchRegistry(design, 'dev/web').replication.rules.map((r) => r.ruleIndex)).toEqual([0]);
  });

  it('says nothing of a destination template when nothing replicates', () => {
    const result = matchRegistry(designWith({}), 'x').replication;
    expect(result).toEqual({ rules: [] });
  });
});

describe('scanning', () => {
  const rules = [
    { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: ['*'] },
    { scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: ['prod*'] },
  ];

  it('ENHANCED: continuous scanning wins where both rules match', () => {
    const d = designWith({ scanning: { scanType: 'ENHANCED', rules } });
    expect(matchRegistry(d, 'prod-web').scanning).toMatchObject({
      outcome: 'CONTINUOUS_SCAN',
      decidingRule: 1,
      matches: [{ ruleIndex: 0 }, { ruleIndex: 1 }],
    });
    expect(matchRegistry(d, 'web').scanning.outcome).toBe('SCAN_ON_PUSH');
  });

  it('ENHANCED without a match does not scan; BASIC without a match scans manually', () => {
    const only = [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: ['prod'] }];
    const enhanced = designWith({ scanning: { scanType: 'ENHANCED', rules: only } });
    const basic = designWith({ scanning: { scanType: 'BASIC', rules: only } });
    expect(matchRegistry(enhanced, 'web').scanning.outcome).toBe('NOT_SCANNED');
    expect(matchRegistry(basic, 'web').scanning.outcome).toBe('MANUAL');
    expect(matchRegistry(basic, 'my-prod').scanning.outcome).toBe('SCAN_ON_PUSH');
  });

  it('with no configuration shows BASIC and says it assumes so', () => {
    const result = matchRegistry(designWith({}), 'web');
    expect(result.scanning).toMatchObject({
      scanType: 'BASIC',
      configured: false,
      outcome: 'MANUAL',
    });
    expect(result.assumptions.map((a) => a.code)).toContain('noScanningConfiguration');
  });
});

describe('pull-through cache', () => {
  const design = designWith({
    pullThroughCacheRules: [
      { id: 'Root', ecrRepositoryPrefix: 'ROOT', upstreamRegistryUrl: 'public.ecr.aws' },
      { id: 'Hub', ecrRepositoryPrefix: 'docker-hub', upstreamRegistryUrl: 'registry-1.docker.io' },
      {
        id: 'Mine',
        ecrRepositoryPrefix: 'my-app',
        upstreamRepositoryPrefix: 'upstream-app',
        upstreamRegistryUrl: '111122223333.dkr.ecr.us-east-1.amazonaws.com',
      },
    ],
  });

  it('maps names as AWS’s table does', () => {
    expect(matchRegistry(design, 'docker-hub/library/nginx').pullThroughCache).toMatchObject({
      ruleIndex: 1,
      upstreamRepository: 'library/nginx',
    });
    expect(matchRegistry(design, 'my-app/image1').pullThroughCache).toMatchObject({
      ruleIndex: 2,
      upstreamRepository: 'upstream-app/image1',
    });
    expect(matchRegistry(design, 'my-app2/image1').pullThroughCache).toMatchObject({
      ruleIndex: 0,
      upstreamRepository: 'my-app2/image1',
    });
    expect(matchRegistry(designWith({}), 'x').pullThroughCache).toBeUndefined();
  });
});

describe('signing', () => {
  it('lists every rule that signs, a rule without filters signing all', () => {
    const d = designWith({
      signing: {
        rules: [
          { signingProfileArn: 'arn:a', repositoryFilters: ['web/*'] },
          { signingProfileArn: 'arn:b' },
        ],
      },
    });
    expect(matchRegistry(d, 'web/app').signing.map((s) => s.ruleIndex)).toEqual([0, 1]);
    expect(matchRegistry(d, 'api').signing).toEqual([{ ruleIndex: 1, signingProfileArn: 'arn:b' }]);
  });
});

describe('matchRegistry', () => {
  it('is total: any name, any registry gives a result whose assumptions are known texts', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const result = matchRegistry(designWith({}), name);
        expect(result.templates).toHaveLength(3);
        for (const a of result.assumptions) expect(a.text).toBe(registryAssumptions[a.code]);
      }),
    );
  });

  it('names the design’s repositories of that name and says no template applies to them', () => {
    const d = designWith({}, { repositories: [{ id: 'Web', repositoryName: 'web' }] });
    const result = matchRegistry(d, 'web');
    expect(result.designRepositories).toEqual([0]);
    expect(result.assumptions.map((a) => a.code)).toContain('designRepositoriesNotTemplated');
    expect(result.sources.every((s) => s.url.startsWith('https://docs.aws.amazon.com/'))).toBe(
      true,
    );
  });
});
