/**
 * The registry's rule resources (CloudFormation's properties, or what the AWS CLI prints brought
 * to them) → the design's: replication, scanning and signing rules with their filters, pull-
 * through cache rules, pull-time update exclusions and the registry policy. Each reader gives the
 * design's fields, or undefined when the resource cannot be represented (a warning says why).
 */
import type {
  PullThroughCacheRuleDesign,
  PullTimeUpdateExclusionDesign,
  RegistryPolicyDesign,
  ReplicationDesign,
  ScanningDesign,
  SigningDesign,
} from '../design/registrySchema';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import type { Finding } from '../findings';
import { dropUndefined } from '../util/dropUndefined';
import { importStatements, type RegistryImportContext } from './importCreationTemplate';
import { literalString, readFilters, reportUnknownKeys, unreadable } from './registryValues';
import { referencedLogicalId } from './templateValues';

type Fields<T> = Omit<T, 'id' | 'logicalId'>;

/** The objects of a list property, each with its path; anything else is a warning. */
function entriesOf(value: unknown, path: FieldPath, what: string, findings: Finding[]) {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    unreadable(path, `expected a list of ${what}; left out`, findings);
    return [];
  }
  return value.flatMap((entry, index) => {
    if (isPlainObject(entry)) return [{ entry, path: [...path, index] }];
    unreadable([...path, index], `not one of the ${what}; left out`, findings);
    return [];
  });
}

function importDestination(entry: Record<string, unknown>, path: FieldPath, findings: Finding[]) {
  reportUnknownKeys(entry, ['Region', 'RegistryId'], path, findings);
  const region = literalString(entry.Region, [...path, 'Region'], findings);
  const registryId = literalString(entry.RegistryId, [...path, 'RegistryId'], findings);
  if (region !== undefined && registryId !== undefined) return [{ region, registryId }];
  unreadable(path, 'a destination needs a literal Region and RegistryId; left out', findings);
  return [];
}

export function importReplication(c: RegistryImportContext): Fields<ReplicationDesign> {
  const { findings } = c;
  reportUnknownKeys(c.properties, ['ReplicationConfiguration'], c.propsPath, findings);
  const configPath = [...c.propsPath, 'ReplicationConfiguration'];
  const config = isPlainObject(c.properties.ReplicationConfiguration)
    ? c.properties.ReplicationConfiguration
    : {};
  reportUnknownKeys(config, ['Rules'], configPath, findings);
  const rules = entriesOf(config.Rules, [...configPath, 'Rules'], 'rules', findings).map(
    ({ entry, path }) => {
      reportUnknownKeys(entry, ['Destinations', 'RepositoryFilters'], path, findings);
      const destinations = entriesOf(
        entry.Destinations,
        [...path, 'Destinations'],
        'destinations',
        findings,
      ).flatMap((d) => importDestination(d.entry, d.path, findings));
      const filters = readFilters(
        entry.RepositoryFilters,
        [...path, 'RepositoryFilters'],
        'PREFIX_MATCH',
        findings,
      );
      return { destinations, ...(filters.length > 0 ? { repositoryFilters: filters } : {}) };
    },
  );
  return { rules };
}

export function importScanning(c: RegistryImportContext): Fields<ScanningDesign> | undefined {
  const { findings } = c;
  reportUnknownKeys(c.properties, ['ScanType', 'Rules'], c.propsPath, findings);
  const scanTypePath = [...c.propsPath, 'ScanType'];
  const scanType = literalString(c.properties.ScanType, scanTypePath, findings);
  const rulesPath = [...c.propsPath, 'Rules'];
  const rules = entriesOf(c.properties.Rules, rulesPath, 'rules', findings).flatMap(
    ({ entry, path }) => {
      reportUnknownKeys(entry, ['ScanFrequency', 'RepositoryFilters'], path, findings);
      const scanFrequency = literalString(
        entry.ScanFrequency,
        [...path, 'ScanFrequency'],
        findings,
      );
      const filtersPath = [...path, 'RepositoryFilters'];
      const repositoryFilters = readFilters(
        entry.RepositoryFilters,
        filtersPath,
        'WILDCARD',
        findings,
      );
      if (scanFrequency !== undefined) return [{ scanFrequency, repositoryFilters }];
      unreadable(path, 'a scanning rule needs a literal ScanFrequency; left out', findings);
      return [];
    },
  );
  if (scanType !== undefined) return { scanType, rules };
  const message =
    'a scanning configuration needs a literal ScanType; the configuration is left out';
  unreadable(scanTypePath, message, findings);
  return undefined;
}

export function importSigning(c: RegistryImportContext): Fields<SigningDesign> {
  const { findings } = c;
  reportUnknownKeys(c.properties, ['Rules'], c.propsPath, findings);
  const rulesPath = [...c.propsPath, 'Rules'];
  const rules = entriesOf(c.properties.Rules, rulesPath, 'rules', findings).flatMap(
    ({ entry, path }) => {
      reportUnknownKeys(entry, ['SigningProfileArn', 'RepositoryFilters'], path, findings);
      const arnPath = [...path, 'SigningProfileArn'];
      const signingProfileArn = literalString(entry.SigningProfileArn, arnPath, findings);
      const filtersPath = [...path, 'RepositoryFilters'];
      const filters = readFilters(entry.RepositoryFilters, filtersPath, 'WILDCARD_MATCH', findings);
      if (signingProfileArn !== undefined)
        return [
          { signingProfileArn, ...(filters.length > 0 ? { repositoryFilters: filters } : {}) },
        ];
      unreadable(path, 'a signing rule needs a literal SigningProfileArn; left out', findings);
      return [];
    },
  );
  return { rules };
}

/** CloudFormation's keys of a pull-through cache rule, by the design's fields, in its order. */
const pullThroughKeys = {
  ecrRepositoryPrefix: 'EcrRepositoryPrefix',
  upstreamRegistry: 'UpstreamRegistry',
  upstreamRegistryUrl: 'UpstreamRegistryUrl',
  upstreamRepositoryPrefix: 'UpstreamRepositoryPrefix',
  credentialArn: 'CredentialArn',
  customRoleArn: 'CustomRoleArn',
} as const;

export function importPullThroughCacheRule(
  c: RegistryImportContext,
): Fields<PullThroughCacheRuleDesign> {
  reportUnknownKeys(c.properties, Object.values(pullThroughKeys), c.propsPath, c.findings);
  const fields = Object.entries(pullThroughKeys).map(([field, key]) => [
    field,
    literalString(c.properties[key], [...c.propsPath, key], c.findings),
  ]);
  return dropUndefined(Object.fromEntries(fields));
}

/** The principal by ARN, or a role or user of the template by reference. */
export function importPullTimeUpdateExclusion(
  c: RegistryImportContext,
): Fields<PullTimeUpdateExclusionDesign> | undefined {
  reportUnknownKeys(c.properties, ['PrincipalArn'], c.propsPath, c.findings);
  const value = c.properties.PrincipalArn;
  const path = [...c.propsPath, 'PrincipalArn'];
  const principal = c.entities.idOf.get(referencedLogicalId(value) ?? '');
  if (principal !== undefined && c.entities.principals.some((p) => p.id === principal))
    return { principal };
  const principalArn = literalString(value, path, c.findings);
  if (principalArn !== undefined) return { principalArn };
  if (value === undefined)
    unreadable(path, 'an exclusion needs a PrincipalArn; left out', c.findings);
  return undefined;
}

/** The statements; none (CloudFormation requires PolicyText, CDK refuses an empty one) leaves the policy out. */
export function importRegistryPolicy(
  c: RegistryImportContext,
): Fields<RegistryPolicyDesign> | undefined {
  reportUnknownKeys(c.properties, ['PolicyText'], c.propsPath, c.findings);
  const path = [...c.propsPath, 'PolicyText'];
  const statements = importStatements(c.properties.PolicyText, path, c);
  if (statements.length > 0) return { statements };
  const message = 'no statement of the policy can be represented; the registry policy is left out';
  unreadable(path, message, c.findings);
  return undefined;
}
