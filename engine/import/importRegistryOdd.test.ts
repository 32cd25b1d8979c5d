/** Odd and invalid registry resources: each problem one clear warning, nothing else lost. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../fieldPath';
import { importText } from './importTemplate';

const text = readFileSync(
  new URL('../fixtures/registry-import/odd-registry.yaml', import.meta.url),
  'utf8',
);

describe('importing odd registry resources', () => {
  const imported = importText(text);

  it('warns of each problem at its path', () => {
    const notes = imported.findings
      .filter((f) => f.code !== 'render-differs')
      .map((f) => `${f.severity} ${f.code} ${formatPath(f.path)}`);
    const replication = 'Resources.BadFilters.Properties.ReplicationConfiguration.Rules[0]';
    expect(notes).toEqual([
      'warning field-left-out Resources.BadFilters.DependsOn',
      `warning intrinsic-not-followed ${replication}.Destinations[0].Region`,
      `warning intrinsic-not-followed ${replication}.Destinations[0].RegistryId`,
      `warning registry-entry-unreadable ${replication}.Destinations[0]`,
      `warning filter-type-replaced ${replication}.RepositoryFilters[0].FilterType`,
      `warning registry-entry-unreadable ${replication}.RepositoryFilters[1]`,
      'warning registry-resource-repeated Resources.SecondReplication',
      'warning condition-ignored Resources.LegacyTemplate.Condition',
      'warning field-left-out Resources.LegacyTemplate.DeletionPolicy',
      'warning intrinsic-not-followed Resources.LegacyTemplate.Properties.ImageTagMutability',
      'warning policy-document-invalid Resources.LegacyTemplate.Properties.LifecyclePolicy',
      'warning policy-document-invalid Resources.LegacyTemplate.Properties.RepositoryPolicy',
      'warning field-left-out Resources.LegacyTemplate.Properties.ShinyNewProperty',
      'warning filter-type-replaced Resources.ScanEverything.Properties.Rules[0].RepositoryFilters[0].FilterType',
      'warning policy-document-invalid Resources.BrokenPolicy.Properties.PolicyText',
      'warning registry-entry-unreadable Resources.BrokenPolicy.Properties.PolicyText',
      'warning intrinsic-not-followed Resources.GithubCache.Properties.CredentialArn',
      'warning registry-entry-unreadable Resources.ExcludeNobody.Properties.PrincipalArn',
    ]);
    const message = (code: string) => imported.findings.find((f) => f.code === code)!.message;
    expect(message('filter-type-replaced')).toBe(
      'FilterType "SUFFIX_MATCH" is not PREFIX_MATCH, the only filter type ECR has here; the design writes PREFIX_MATCH',
    );
    expect(message('policy-document-invalid')).toBe(
      'the lifecycle policy text is not valid JSON; its rules are left out',
    );
  });

  it('keeps everything else, values ECR refuses included (they are the checks’ to report)', () => {
    expect(imported.design!.registry).toEqual({
      creationTemplates: [
        {
          id: 'LegacyTemplate',
          prefix: 'legacy',
          appliedFor: ['CREATE_ON_PUSH', 'PULL_ON_DEMAND'],
          description: 'Kept although the rest is odd',
        },
      ],
      replication: {
        id: 'BadFilters',
        rules: [
          {
            destinations: [{ region: 'ap-southeast-2', registryId: '210987654321' }],
            repositoryFilters: ['team-a/'],
          },
        ],
      },
      pullThroughCacheRules: [
        {
          id: 'GithubCache',
          ecrRepositoryPrefix: 'github',
          upstreamRegistry: 'github-container-registry',
          upstreamRegistryUrl: 'ghcr.io',
        },
      ],
      scanning: {
        id: 'ScanEverything',
        scanType: 'ENHANCED',
        rules: [{ scanFrequency: 'DAILY', repositoryFilters: ['*'] }],
      },
    });
  });

  it('imports a template of registry resources alone (no repository needed)', () => {
    const only = importText(
      JSON.stringify({
        Resources: {
          Scan: {
            Type: 'AWS::ECR::RegistryScanningConfiguration',
            Properties: { ScanType: 'BASIC' },
          },
        },
      }),
    );
    expect(only.findings.filter((f) => f.code !== 'render-differs')).toEqual([]);
    expect(only.design).toEqual({
      version: 1,
      repositories: [],
      registry: { scanning: { id: 'Scan', scanType: 'BASIC', rules: [] } },
    });
    // A scanning configuration without its ScanType cannot be represented.
    const broken = importText(
      JSON.stringify({
        Resources: { Scan: { Type: 'AWS::ECR::RegistryScanningConfiguration', Properties: {} } },
      }),
    );
    expect(broken.findings.map((f) => `${f.code} ${formatPath(f.path)}`)).toEqual([
      'registry-entry-unreadable Resources.Scan.Properties.ScanType',
    ]);
    expect(broken.design).toEqual({ version: 1, repositories: [] });
  });
});
