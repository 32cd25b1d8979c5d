/**
 * Random registry resources (the design's `registry`, creation templates aside until they
 * render): tidy ones that synthesize, wild ones with adversarial text, values CloudFormation's
 * schemas refuse (prefixes, ARNs, filters, registry ids), rule counts past the limits, clashing
 * construct ids and kept logical IDs. `withRegistry` points statements and exclusions at the
 * design's principals (by index), so that no reference is left unresolved.
 */
import fc from 'fast-check';
import { keptIdOrNone, statementArbitrary } from './entityArbitrary';
import { adversarialText, optional } from './tableArbitrary';

const pickOf = (tidy: boolean, valid: readonly string[], wild: readonly string[]) =>
  tidy ? fc.constantFrom(...valid) : fc.oneof(fc.constantFrom(...valid, ...wild), adversarialText);

const nonEmpty = adversarialText.filter((s) => s.length > 0);
const constructId = (tidy: boolean, valid: readonly string[]) =>
  tidy
    ? fc.constantFrom(...valid)
    : fc.oneof(fc.constantFrom(...valid, 'Repository', 'Resource', 'toString', 'a/b'), nonEmpty);
const keptId = (tidy: boolean, valid: readonly string[]) =>
  keptIdOrNone(4, tidy, valid, [...valid, 'Replication', 'bad id!', 'BootstrapVersion']);

const account = (tidy: boolean) =>
  pickOf(tidy, ['123456789012', '210987654321'], ['12345', '١٢٣٤٥٦٧٨٩٠١٢']);
const region = (tidy: boolean) => pickOf(tidy, ['eu-west-1', 'us-east-2'], ['X', 'EU_WEST']);
const prefixFilter = (tidy: boolean) => pickOf(tidy, ['prod', 'team/web'], ['a', 'Prod', '-x']);
const wildcardFilter = (tidy: boolean) => pickOf(tidy, ['*', 'prod-*', 'team/*'], ['Prod*', '']);
const filters = (arb: fc.Arbitrary<string>, tidy: boolean, min: number) =>
  fc.array(arb, { minLength: tidy ? min : 0, maxLength: tidy ? 2 : 4 });

const replication = (tidy: boolean) =>
  fc.record({
    id: optional(constructId(tidy, ['Replication', 'CrossRegion'])),
    logicalId: keptId(tidy, ['KeptReplication']),
    rules: fc.array(
      fc.record({
        destinations: fc.array(fc.record({ region: region(tidy), registryId: account(tidy) }), {
          minLength: tidy ? 1 : 0,
          maxLength: 3,
        }),
        repositoryFilters: optional(filters(prefixFilter(tidy), tidy, 1)),
      }),
      { maxLength: 3 },
    ),
  });

const secret =
  'arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/docker-hub-AbCdEf';
const pullThroughCacheRule = (tidy: boolean) =>
  fc.record({
    id: constructId(tidy, ['DockerHub', 'Quay', 'EcrPublic']),
    logicalId: keptId(tidy, ['KeptCache']),
    ecrRepositoryPrefix: optional(pickOf(tidy, ['docker-hub', 'ROOT', 'quay'], ['x', 'Docker'])),
    upstreamRegistry: optional(pickOf(tidy, ['docker-hub', 'quay', 'ecr-public', 'ecr'], [])),
    upstreamRegistryUrl: optional(pickOf(tidy, ['registry-1.docker.io', 'quay.io'], [])),
    upstreamRepositoryPrefix: optional(pickOf(tidy, ['library', 'ROOT'], ['L'])),
    credentialArn: optional(pickOf(tidy, [secret], ['arn:aws:secretsmanager:secret:x'])),
    customRoleArn: optional(
      pickOf(
        tidy,
        ['arn:aws:iam::123456789012:role/ecr-pull-through'],
        ['arn:aws:iam::123456789012:user/puller'],
      ),
    ),
  });

const scanning = (tidy: boolean) =>
  fc.record({
    id: optional(constructId(tidy, ['Scanning', 'ScanningConfiguration'])),
    logicalId: keptId(tidy, ['KeptScanning']),
    scanType: pickOf(tidy, ['BASIC', 'ENHANCED'], []),
    rules: fc.array(
      fc.record({
        scanFrequency: pickOf(tidy, ['SCAN_ON_PUSH', 'CONTINUOUS_SCAN', 'MANUAL'], []),
        repositoryFilters: filters(wildcardFilter(tidy), tidy, 1),
      }),
      { maxLength: tidy ? 2 : 3 },
    ),
  });

const signer = 'arn:aws:signer:us-east-1:123456789012:/signing-profiles/release_profile';
const signing = (tidy: boolean) =>
  fc.record({
    id: optional(constructId(tidy, ['Signing', 'SigningConfiguration'])),
    logicalId: keptId(tidy, ['KeptSigning']),
    rules: fc.array(
      fc.record({
        signingProfileArn: pickOf(tidy, [signer], ['arn:aws:signer:x']),
        repositoryFilters: optional(filters(wildcardFilter(tidy), tidy, 1)),
      }),
      { maxLength: 2 },
    ),
  });

const exclusion = (tidy: boolean) =>
  fc.record({
    id: constructId(tidy, ['ScannerExclusion', 'AuditExclusion']),
    logicalId: keptId(tidy, ['KeptExclusion']),
    principalArn: pickOf(
      tidy,
      ['arn:aws:iam::123456789012:role/audit', 'arn:aws:iam::123456789012:user/scanner'],
      ['arn:aws:iam::123456789012:group/x'],
    ),
    /** A user or role of the design, by index, instead of the ARN when there is one. */
    principal: optional(fc.nat(5)),
  });

export const registryArbitrary = (tidy: boolean) =>
  optional(
    fc.record({
      replication: optional(replication(tidy)),
      pullThroughCacheRules: optional(fc.array(pullThroughCacheRule(tidy), { maxLength: 3 })),
      scanning: optional(scanning(tidy)),
      signing: optional(signing(tidy)),
      pullTimeUpdateExclusions: optional(fc.array(exclusion(tidy), { maxLength: 3 })),
      policy: optional(
        fc.record({
          id: optional(constructId(tidy, ['RegistryPolicy', 'Policy'])),
          logicalId: keptId(tidy, ['KeptRegistryPolicy']),
          statements: fc.array(statementArbitrary(tidy), { minLength: tidy ? 1 : 0, maxLength: 3 }),
        }),
      ),
    }),
    2,
  );

type RawRegistry = NonNullable<
  ReturnType<typeof registryArbitrary> extends fc.Arbitrary<infer T> ? T : never
>;
interface Principal {
  id: string;
  type: string;
}

const dropUndefined = (value: object) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

/** The design with its registry, each reference resolved to a principal of the design. */
export function withRegistry<D extends { principals?: Principal[] }>(
  design: D,
  raw: RawRegistry | undefined,
  tidy: boolean,
): D {
  if (raw === undefined) return design;
  const principals = design.principals ?? [];
  const identities = principals.filter((p) => /^(User|Role)/.test(p.type));
  const first = (list: readonly Principal[], n: number) =>
    list.length === 0 ? undefined : list.find((p) => p === list[n % list.length]);
  const unique = (id: string, index: number) => (tidy ? `${id}${index}` : id);
  const exclusions = raw.pullTimeUpdateExclusions?.map(({ principal, principalArn, ...e }, i) => {
    const identity = principal === undefined ? undefined : first(identities, principal);
    const target = identity ? { principal: identity.id } : { principalArn };
    return dropUndefined({ ...e, id: unique(e.id, i), ...target });
  });
  // Tidy statements name principals a registry policy takes (ECR needs one; the import reads
  // accounts, any and the template's users and roles), and a tidy policy keeps one statement.
  const named = tidy ? principals.filter((p) => p.type !== 'Role.fromRoleArn') : principals;
  const statements = raw.policy?.statements
    .map((s) =>
      dropUndefined({
        ...s,
        principals: s.principals?.flatMap((n) => first(named, n)?.id ?? []),
      }),
    )
    .filter((s) => !tidy || ((s.principals as string[] | undefined)?.length ?? 0) > 0);
  const policy =
    raw.policy && (!tidy || (statements?.length ?? 0) > 0)
      ? dropUndefined({ ...raw.policy, statements })
      : undefined;
  const registry = {
    ...(design as { registry?: object }).registry,
    ...raw,
    pullThroughCacheRules: raw.pullThroughCacheRules?.map((r, i) =>
      dropUndefined({ ...r, id: unique(r.id, i) }),
    ),
    pullTimeUpdateExclusions: exclusions,
    policy,
  };
  return { ...design, registry: JSON.parse(JSON.stringify(registry)) };
}
