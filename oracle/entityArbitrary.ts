/**
 * Random keys, principals, event targets, event rules, resource policy statements and grants
 * for the oracle's designs. References are drawn as numbers and resolved against the entities
 * actually generated, so every design passes the format's reference checks.
 */
import fc from 'fast-check';
import { eventRuleProperties } from '../engine/design/properties/eventRuleProperties';
import { keyProperties } from '../engine/design/properties/keyProperties';
import { longGrants, overflowPolicyIds, resolveLongGrants } from './longGrantArbitrary';
import { optional, tableArbitraries } from './tableArbitrary';

/**
 * Values CloudFormation's validation rejects after CDK accepted them: now and then in tidy
 * designs (which reach the validation), as often as valid ones in wild designs.
 */
const schemaBreaking = <T>(
  tidy: boolean,
  valid: fc.Arbitrary<T>,
  breaking: fc.Arbitrary<T>,
  tidyWeight = 12,
) =>
  fc.oneof({ weight: tidy ? tidyWeight : 1, arbitrary: valid }, { weight: 1, arbitrary: breaking });
const alwaysIf = <T>(always: boolean, arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  always ? arb : optional(arb);

/**
 * Ids that collide with each other and with repository ids now and then; `Resource` beside a
 * `Default` leaves the stack no default child, and a long one makes CDK shorten an imported
 * role's policy name (with a long stackName).
 */
const entityId = fc.constantFrom(
  'Key',
  'User',
  'Role',
  'Topic',
  'Repository',
  'Default',
  'Resource',
  'a/b',
  'Ré',
  'X',
  'ExistingDeploymentRoleOfTheReleaseEngineeringTeamUsedByContinuousDeliveryInEveryAccount',
);

const samplesOf = (tidy: boolean) => (tidy ? 'tidy' : 'wild');

const key = (tidy: boolean) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ id: entityId, ...tableArbitraries(keyProperties, samplesOf(tidy)) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        id: entityId,
        keyArn: schemaBreaking(
          tidy,
          fc.constant(
            'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
          ),
          // Over the 2,048 characters of the repository's EncryptionConfiguration.KmsKey.
          fc.constant(`arn:aws:kms:${'us-east-1-'.repeat(205)}:123456789012:key/1234abcd`),
        ),
      }),
    },
  );

/**
 * A logical ID a user, role, topic or queue keeps, now and then: names people give, one the
 * template validation refuses, one a repository might keep too.
 */
const keptLogicalId = (tidy: boolean) =>
  tidy
    ? fc.constantFrom('BuildUser', 'DeployRole', 'Alerts')
    : fc.constantFrom('BuildUser', 'DeployRole', 'Alerts', 'EcrRepository', 'bad-id');
/** An entity with a kept logical ID about once in five draws. */
const sometimesKept = <T extends object>(entity: fc.Arbitrary<T>, tidy: boolean) =>
  fc.oneof(
    { weight: 4, arbitrary: entity },
    {
      weight: 1,
      arbitrary: fc
        .tuple(entity, keptLogicalId(tidy))
        .map(([e, logicalId]) => ({ ...e, logicalId }) as T & { logicalId?: string }),
    },
  );
/** A policy logical ID (policyLogicalId) about once in six draws; most entities get no policy. */
const sometimesPolicyKept = <T extends object>(entity: fc.Arbitrary<T>, tidy: boolean) =>
  fc.oneof(
    { weight: 5, arbitrary: entity },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          entity,
          tidy
            ? fc.constantFrom('KeptPolicy', 'TargetPolicy')
            : fc.constantFrom('KeptPolicy', 'Alerts', 'bad-policy', 'BootstrapVersion'),
        )
        .map(([e, policyLogicalId]) => ({ ...e, policyLogicalId }) as T),
    },
  );
const keptIdRecord = (tidy: boolean) =>
  sometimesPolicyKept(sometimesKept(fc.record({ id: entityId }), tidy), tidy);

const principal = (tidy: boolean) =>
  fc.oneof(
    sometimesPolicyKept(
      sometimesKept(fc.record({ type: fc.constant('User'), id: entityId }), tidy),
      tidy,
    ),
    sometimesPolicyKept(
      sometimesKept(
        fc.record({
          type: fc.constant('Role'),
          id: entityId,
          overflowPolicyLogicalIds: overflowPolicyIds(tidy),
          assumedBy: fc.oneof(
            fc.record({
              service: fc.constantFrom('ecs-tasks.amazonaws.com', 'codebuild.amazonaws.com'),
            }),
            fc.record({ account: fc.constantFrom('123456789012', '210987654321') }),
          ),
        }),
        tidy,
      ),
      tidy,
    ),
    sometimesPolicyKept(
      fc.record({
        type: fc.constant('Role.fromRoleArn'),
        id: entityId,
        roleArn: fc.constantFrom(
          'arn:aws:iam::123456789012:role/builder',
          'arn:aws:iam::210987654321:role/ci',
        ),
      }),
      tidy,
    ),
    fc.record({
      type: fc.constant('AccountPrincipal'),
      id: entityId,
      accountId: fc.constantFrom('210987654321', '123456789012'),
    }),
    fc.record({ type: fc.constant('AnyPrincipal'), id: entityId }),
  );

const validFunctionArns = [
  'arn:aws:lambda:us-east-1:123456789012:function:notify',
  'arn:aws:lambda:eu-west-1:210987654321:function:remote',
];
/**
 * ARNs the format accepts that CloudFormation's schemas do not: a region outside the
 * Lambda::Permission FunctionName pattern, over its 140 characters, over the rule target's 1,600.
 */
const schemaBreakingFunctionArns = [
  'arn:aws:lambda:local:123456789012:function:notify',
  'arn:aws:lambda:us-east-10:123456789012:function:notify',
  `arn:aws-${'x'.repeat(40)}:lambda:us-east-1:123456789012:function:${'f'.repeat(60)}`,
  `arn:aws:lambda:${'eu-west-1-'.repeat(160)}:210987654321:function:remote`,
];

const fn = (tidy: boolean) =>
  fc.record({
    id: entityId,
    functionArn: schemaBreaking(
      tidy,
      fc.constantFrom(...validFunctionArns),
      fc.constantFrom(...schemaBreakingFunctionArns),
      // Few designs target a function at all.
      1,
    ),
    sameEnvironment: optional(fc.boolean()),
  });

/**
 * A kept logical ID one draw in `1 + none`, else none: tidy designs draw IDs CDK takes, the
 * others also IDs it refuses (a clash, a bad character, the bootstrap parameter's).
 */
export const keptIdOrNone = (
  none: number,
  tidy: boolean,
  valid: readonly string[],
  untidy: readonly string[],
) =>
  fc.oneof(
    { weight: none, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...(tidy ? valid : untidy)) },
  );

/** A function target keeps its Lambda permission's logical ID about once in four. */
const target = (tidy: boolean) =>
  fc.record({
    kind: fc.constantFrom('topic', 'queue', 'function'),
    ref: fc.nat(5),
    permissionLogicalId: keptIdOrNone(
      3,
      tidy,
      ['NotifyPermission', 'PushPermission'],
      ['NotifyPermission', 'EcrRepository', 'allow-push', 'BootstrapVersion'],
    ),
  });

const eventRule = (tidy: boolean) =>
  fc.record({
    id: tidy
      ? fc.constantFrom('Scan', 'Pushed', 'Events', 'Default', 'a/b')
      : fc.constantFrom('Scan', 'Resource', 'Default', 'toString', 'Scan'),
    method: fc.constantFrom('onImageScanCompleted', 'onCloudTrailImagePushed', 'onEvent'),
    ...tableArbitraries(eventRuleProperties, samplesOf(tidy)),
    // In the table's place, but kept about once in six rules: most rules keep none.
    logicalId: keptIdOrNone(
      5,
      tidy,
      ['ScanRule', 'PushRule'],
      ['ScanRule', 'EcrRepository', 'scan-rule', 'BootstrapVersion'],
    ),
    targets: optional(fc.array(target(tidy), { maxLength: tidy ? 3 : 7 })),
  });

const action = (tidy: boolean) =>
  tidy
    ? fc.constantFrom(
        'ecr:BatchGetImage',
        'ecr:GetDownloadUrlForLayer',
        'ecr:*',
        '*',
        'ecr:ListImages',
      )
    : fc.constantFrom('ecr:BatchGetImage', 'bad action', 'ecr:*', 'ecr:Get?');

export const statementArbitrary = (tidy: boolean) =>
  fc.record({
    effect: optional(fc.constantFrom('ALLOW', 'DENY')),
    principals: alwaysIf(tidy, fc.array(fc.nat(5), { minLength: tidy ? 1 : 0, maxLength: 3 })),
    actions: alwaysIf(tidy, fc.array(action(tidy), { minLength: tidy ? 1 : 0, maxLength: 3 })),
    conditions: optional(
      fc.constantFrom(
        { StringEquals: { 'aws:PrincipalAccount': '123456789012' } },
        {
          StringNotEquals: { 'aws:PrincipalOrgID': ['o-1', 'o-2'] },
          Bool: { 'aws:SecureTransport': 'true' },
        },
        {},
        // `__proto__` keys, as a JSON design holds them: CDK drops them, and merges on them.
        JSON.parse(
          '{"__proto__":{"StringEquals":"o-1"},"StringEquals":{"__proto__":"x","aws:PrincipalOrgID":"o-2"}}',
        ),
        JSON.parse('{"toString":{"constructor":"x"},"__proto__":{"aws:SecureTransport":"true"}}'),
      ),
    ),
    resources: optional(
      fc.array(fc.constantFrom('*', 'arn:aws:ecr:us-east-1:123456789012:repository/x'), {
        maxLength: 2,
      }),
      5,
    ),
  });

const grant = (tidy: boolean) =>
  fc.record({
    grant: fc.constantFrom(
      'grantPull',
      'grantPush',
      'grantPullPush',
      'grantRead',
      'grant',
      'AuthorizationToken.grantRead',
      'PublicGalleryAuthorizationToken.grantRead',
    ),
    repository: fc.nat(5),
    principal: fc.nat(5),
    // CDK reports a grant of no actions when it validates the policy it went into.
    actions: fc.oneof(
      { weight: tidy ? 30 : 3, arbitrary: fc.array(action(tidy), { minLength: 1, maxLength: 3 }) },
      { weight: 1, arbitrary: fc.constant([]) },
    ),
  });

export const entitiesArbitrary = (tidy: boolean) =>
  fc.record({
    keys: optional(fc.array(key(tidy), { maxLength: 2 })),
    principals: optional(fc.array(principal(tidy), { maxLength: 4 })),
    topics: optional(fc.array(keptIdRecord(tidy), { maxLength: 2 })),
    queues: optional(fc.array(keptIdRecord(tidy), { maxLength: 2 })),
    functions: optional(fc.array(fn(tidy), { maxLength: 2 })),
    grants: optional(fc.array(grant(tidy), { maxLength: 5 })),
    perRepository: fc.array(
      fc.record({
        keyRef: optional(fc.nat(3)),
        eventRules: optional(fc.array(eventRule(tidy), { maxLength: 3 })),
        resourcePolicy: optional(fc.array(statementArbitrary(tidy), { maxLength: 2 }), 3),
      }),
      { minLength: 3, maxLength: 3 },
    ),
    longGrants,
  });

type Entities = typeof entitiesArbitrary extends (t: boolean) => fc.Arbitrary<infer E> ? E : never;
type Raw = Record<string, unknown> & { id: string };

const pick = <T>(list: readonly T[] | undefined, n: number): T | undefined =>
  list && list.length > 0 ? list[n % list.length] : undefined;

/**
 * Principal ids are made unique (a design rule for those that are not constructs). Tidy designs
 * also prefix every id with its kind, so that only wild designs clash construct ids; plain ones
 * are only the kind and a number, which logical IDs keep whole.
 */
function renamed(list: Raw[] | undefined, prefix: string, { tidy, plain }: IdStyle, unique = tidy) {
  return list?.map((e, i) => ({
    ...e,
    id: plain ? `${prefix}${i}` : `${tidy ? prefix : ''}${e.id}${unique ? i : ''}`,
  }));
}

/** A drawn rule: the table's fields beside the named ones. */
type DrawnRule = NonNullable<Entities['perRepository'][number]['eventRules']>[number] &
  Record<string, unknown>;

/** Each method keeps its own options only; targets name drawn entities. */
function resolveRule(rule: readonly DrawnRule[], design: Record<string, Raw[] | undefined>) {
  return rule.map(({ targets, imageTags, imageTag, ...r }) => ({
    ...r,
    imageTags: r.method === 'onImageScanCompleted' ? imageTags : undefined,
    imageTag: r.method === 'onCloudTrailImagePushed' ? imageTag : undefined,
    targets: targets?.flatMap(({ kind, ref, permissionLogicalId }) => {
      const pool = { topic: design.topics, queue: design.queues, function: design.functions }[kind];
      const entity = pick(pool, ref);
      if (!entity) return [];
      const kept = kind === 'function' && permissionLogicalId !== undefined;
      return [{ [kind]: entity.id, ...(kept ? { permissionLogicalId } : {}) }];
    }),
  }));
}

/** How ids are drawn: tidy designs clash no construct ids; plain ids are letters and digits only. */
export interface IdStyle {
  tidy: boolean;
  plain: boolean;
}

/** Adds the entities to a raw design (repositories already shaped), resolving every reference. */
export function withEntities(
  raw: { repositories: Raw[] },
  entities: Entities,
  style: IdStyle,
): object {
  const { tidy, plain } = style;
  const design: Record<string, Raw[] | undefined> = {
    keys: renamed(entities.keys as Raw[] | undefined, 'Key', style),
    principals: renamed(entities.principals as Raw[] | undefined, 'P', style, true),
    topics: renamed(entities.topics, 'Topic', style),
    queues: renamed(entities.queues, 'Queue', style),
    functions: renamed(entities.functions as Raw[] | undefined, 'Fn', style),
  };
  const repositories = raw.repositories.map((repo, index) => {
    const extra = entities.perRepository[index % 3]!;
    const key = extra.keyRef === undefined ? undefined : pick(design.keys, extra.keyRef);
    const encryption = tidy && key ? { encryption: pick([undefined, 'KMS'], extra.keyRef!) } : {};
    return {
      ...repo,
      ...encryption,
      encryptionKey: key?.id,
      eventRules:
        extra.eventRules &&
        resolveRule(extra.eventRules, design).map((rule, i) =>
          plain ? { ...rule, id: `Rule${i}` } : tidy ? { ...rule, id: `${rule.id}${i}` } : rule,
        ),
      resourcePolicy: extra.resourcePolicy
        ?.map((s) => ({
          ...s,
          principals: s.principals?.flatMap((n) => pick(design.principals, n)?.id ?? []),
        }))
        .filter((s) => !tidy || (s.principals?.length ?? 0) > 0),
    };
  });
  const grants = entities.grants?.flatMap(({ grant, repository, principal, actions }) => {
    const p = pick(design.principals, principal);
    const r = pick(repositories, repository);
    if (!p) return [];
    if (grant.includes('.')) return [{ grant, principal: p.id }];
    if (!r) return [];
    return [
      { grant, repository: r.id, principal: p.id, ...(grant === 'grant' ? { actions } : {}) },
    ];
  });
  const long = resolveLongGrants(entities.longGrants, design.principals, repositories);
  return {
    ...design,
    repositories,
    grants: grants || long ? [...(grants ?? []), ...(long ?? [])] : undefined,
  };
}
