/**
 * The field probes of the registry's L1s (the design's `registry`, creation templates aside:
 * creationTemplate probes come with their rendering), for the field coverage test: each a
 * design of one repository and one registry resource, and the change that sets the field.
 */
import type { Location } from '../engine/design/schemaFields';

type Json = Record<string, unknown>;
type Change = readonly [Location, unknown];
export interface RegistryProbe {
  base: Json;
  changes: readonly Change[];
}

const probe = (base: Json, at: Location, value: unknown, ...more: Change[]): RegistryProbe => ({
  base,
  changes: [[at, value], ...more],
});

const secretPrefix = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/';
const signer = 'arn:aws:signer:us-east-1:123456789012:/signing-profiles/release_profile';
const auditRole = 'arn:aws:iam::123456789012:role/audit';

/** A design of one repository, two users and the registry. */
const withRegistry = (registry: Json = {}): Json => ({
  version: 1,
  principals: [
    { id: 'A', type: 'User' },
    { id: 'B', type: 'User' },
  ],
  repositories: [{ id: 'Repository' }],
  registry,
});
const at = (...path: Location): Location => ['registry', ...path];

const destination = { region: 'eu-west-1', registryId: '123456789012' };
const replicated = withRegistry({ replication: { rules: [{ destinations: [destination] }] } });
const inReplication = (...path: Location) => at('replication', 'rules', 0, ...path);
const replication = [
  probe(withRegistry(), at('replication'), { rules: [] }),
  probe(replicated, at('replication', 'id'), 'Copies'),
  probe(replicated, at('replication', 'logicalId'), 'KeptReplication'),
  probe(withRegistry({ replication: { rules: [] } }), at('replication', 'rules'), [
    { destinations: [destination] },
  ]),
  probe(replicated, inReplication('destinations'), [
    destination,
    { region: 'us-west-2', registryId: '210987654321' },
  ]),
  probe(replicated, inReplication('destinations', 0, 'region'), 'us-west-2'),
  probe(replicated, inReplication('destinations', 0, 'registryId'), '210987654321'),
  probe(replicated, inReplication('repositoryFilters'), ['prod']),
];

const cacheRule = {
  id: 'Cache',
  ecrRepositoryPrefix: 'ecr-public',
  upstreamRegistry: 'ecr-public',
  upstreamRegistryUrl: 'public.ecr.aws',
};
const cached = withRegistry({ pullThroughCacheRules: [cacheRule] });
const azureCached = withRegistry({
  pullThroughCacheRules: [
    {
      id: 'Cache',
      ecrRepositoryPrefix: 'azure',
      upstreamRegistry: 'azure-container-registry',
      upstreamRegistryUrl: 'team.azurecr.io',
      credentialArn: `${secretPrefix}azure-AbCdEf`,
    },
  ],
});
const inCache = (field: string) => at('pullThroughCacheRules', 0, field);
const pullThroughCache = [
  probe(withRegistry(), at('pullThroughCacheRules'), [cacheRule]),
  probe(cached, inCache('id'), 'Public'),
  probe(cached, inCache('logicalId'), 'KeptCache'),
  probe(cached, inCache('ecrRepositoryPrefix'), 'public'),
  probe(cached, inCache('upstreamRegistry'), 'quay', [inCache('upstreamRegistryUrl'), 'quay.io']),
  probe(azureCached, inCache('upstreamRegistryUrl'), 'other.azurecr.io'),
  probe(cached, inCache('upstreamRepositoryPrefix'), 'library'),
  probe(cached, inCache('credentialArn'), `${secretPrefix}quay-AbCdEf`),
  probe(cached, inCache('customRoleArn'), 'arn:aws:iam::123456789012:role/ecr-pull-through'),
];

const scanRule = { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: ['*'] };
const scanned = withRegistry({ scanning: { scanType: 'ENHANCED', rules: [scanRule] } });
const inScanRule = (field: string) => at('scanning', 'rules', 0, field);
const scanning = [
  probe(withRegistry(), at('scanning'), { scanType: 'BASIC', rules: [] }),
  probe(scanned, at('scanning', 'id'), 'Scans'),
  probe(scanned, at('scanning', 'logicalId'), 'KeptScanning'),
  probe(
    withRegistry({ scanning: { scanType: 'BASIC', rules: [] } }),
    at('scanning', 'scanType'),
    'ENHANCED',
  ),
  probe(withRegistry({ scanning: { scanType: 'BASIC', rules: [] } }), at('scanning', 'rules'), [
    scanRule,
  ]),
  probe(scanned, inScanRule('scanFrequency'), 'CONTINUOUS_SCAN'),
  probe(scanned, inScanRule('repositoryFilters'), ['prod-*']),
];

const signed = withRegistry({ signing: { rules: [{ signingProfileArn: signer }] } });
const inSignRule = (field: string) => at('signing', 'rules', 0, field);
const signing = [
  probe(withRegistry(), at('signing'), { rules: [] }),
  probe(signed, at('signing', 'id'), 'Signs'),
  probe(signed, at('signing', 'logicalId'), 'KeptSigning'),
  probe(withRegistry({ signing: { rules: [] } }), at('signing', 'rules'), [
    { signingProfileArn: signer },
  ]),
  probe(signed, inSignRule('signingProfileArn'), `${signer}_2`),
  probe(signed, inSignRule('repositoryFilters'), ['release/*']),
];

const exclusion = { id: 'Audit', principalArn: auditRole };
const excluded = withRegistry({ pullTimeUpdateExclusions: [exclusion] });
const inExclusion = (field: string) => at('pullTimeUpdateExclusions', 0, field);
const exclusions = [
  probe(withRegistry(), at('pullTimeUpdateExclusions'), [exclusion]),
  probe(excluded, inExclusion('id'), 'Auditor'),
  probe(excluded, inExclusion('logicalId'), 'KeptExclusion'),
  probe(excluded, inExclusion('principalArn'), 'arn:aws:iam::123456789012:user/scanner'),
  probe(excluded, inExclusion('principal'), 'A', [inExclusion('principalArn'), undefined]),
];

const statement = { principals: ['A'], actions: ['ecr:ReplicateImage'], resources: ['*'] };
const withPolicy = withRegistry({ policy: { statements: [statement] } });
const inStatement = (field: string) => at('policy', 'statements', 0, field);
const policy = [
  probe(withRegistry(), at('policy'), { statements: [statement] }),
  probe(withPolicy, at('policy', 'id'), 'Policy'),
  probe(withPolicy, at('policy', 'logicalId'), 'KeptPolicy'),
  probe(withPolicy, at('policy', 'statements'), [
    statement,
    { ...statement, actions: ['ecr:CreateRepository'], principals: ['B'] },
  ]),
  probe(withPolicy, inStatement('effect'), 'DENY'),
  probe(withPolicy, inStatement('principals'), ['B']),
  probe(withPolicy, inStatement('actions'), ['ecr:*']),
  probe(withPolicy, inStatement('conditions'), { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } }),
  probe(withPolicy, inStatement('resources'), ['arn:aws:ecr:us-east-1:123456789012:repository/*']),
];

export const registryProbes: readonly RegistryProbe[] = [
  probe({ version: 1, repositories: [{ id: 'Repository' }] }, ['registry'], {
    scanning: { scanType: 'BASIC', rules: [] },
  }),
  ...replication,
  ...pullThroughCache,
  ...scanning,
  ...signing,
  ...exclusions,
  ...policy,
];
