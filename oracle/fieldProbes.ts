/**
 * A probe for each field of the design format, for the test that every field changes the
 * outputs (engine/render/fieldCoverage.test.ts): a small design without the field (or, where the
 * format requires the field, with another value of it) and the change that sets it. The field a
 * probe covers is the one at its first change; further changes are only what that value needs
 * to be valid — the other fields of a principal or grant variant, the references to a new id.
 */

import { eventRuleProperties } from '../engine/design/properties/eventRuleProperties';
import { keyProperties } from '../engine/design/properties/keyProperties';
import type { Location } from '../engine/design/schemaFields';
import {
  lifecycleRuleProperties,
  type Property,
  repositoryProperties,
  rowsWith,
} from '../engine/index';
import { creationTemplateProbes } from './creationTemplateProbes';
import { registryProbes } from './registryFieldProbes';

type Json = Record<string, unknown>;
type Change = readonly [Location, unknown];

export interface FieldProbe {
  base: Json;
  changes: readonly Change[];
}

/** A copy of `value` with `to` at `location` (undefined: without it). */
function setAt(value: unknown, location: Location, to: unknown): unknown {
  if (location.length === 0) return to;
  const [key, ...rest] = location;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[key as number] = setAt(copy[key as number], rest, to);
    return copy;
  }
  const copy = { ...(value as Json) };
  copy[key!] = setAt(copy[key!], rest, to);
  return copy;
}

/** The probe's base with its changes made. */
export const changedDesign = (probe: FieldProbe): unknown =>
  probe.changes.reduce<unknown>((design, [at, value]) => setAt(design, at, value), probe.base);

const probe = (base: Json, at: Location, value: unknown, ...more: Change[]): FieldProbe => ({
  base,
  changes: [[at, value], ...more],
});

/** The probes the table's rows hold: `base` makes the design of their fields, `at` places one. */
const tableProbes = (
  table: readonly Property[],
  base: (fields?: Json) => Json,
  at: (field: string) => Location,
): FieldProbe[] =>
  rowsWith(table, 'probe').map(({ field, probe: p }) => probe(base(p.base), at(field), p.value));

const arn = {
  key: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  fn: 'arn:aws:lambda:us-east-1:123456789012:function:notify',
  otherFn: 'arn:aws:lambda:eu-west-1:210987654321:function:remote',
  role: 'arn:aws:iam::123456789012:role/builder',
  otherRole: 'arn:aws:iam::123456789012:role/ci',
};

/** A design of one repository `Repository`, with `extra` beside it. */
const design = (repository: Json = {}, extra: Json = {}): Json => ({
  version: 1,
  ...extra,
  repositories: [{ id: 'Repository', ...repository }],
});
const inRepository = (...path: Location): Location => ['repositories', 0, ...path];
const inRule = (field: string) => inRepository('lifecycleRules', 0, field);
const inEventRule = (...path: Location) => inRepository('eventRules', 0, ...path);
const inStatement = (field: string) => inRepository('resourcePolicy', 0, field);
const inImage = (field: string) => inRepository('sampleImages', 0, field);
const inPrincipal = (...path: Location): Location => ['principals', 0, ...path];
const inGrant = (field: string): Location => ['grants', 0, field];

const withKey = (key: Json = {}) => design({}, { keys: [{ id: 'Key', ...key }] });
const withRule = (rule: Json = { maxImageCount: 5 }) => design({ lifecycleRules: [rule] });
const scanRule = (rule: Json = {}) => ({ id: 'Scan', method: 'onImageScanCompleted', ...rule });
const withEventRule = (rule: Json = {}, extra: Json = {}) =>
  design({ eventRules: [scanRule(rule)] }, extra);
const withTarget = (target: Json, extra: Json) => withEventRule({ targets: [target] }, extra);
const two = (kind: string) => ({ [kind]: [{ id: 'A' }, { id: 'B' }] });
const twoFunctions = {
  functions: [
    { id: 'A', functionArn: arn.fn },
    { id: 'B', functionArn: arn.otherFn },
  ],
};
const sampleImage = { digest: 'sha256:a', tags: ['v1'], pushedAt: '2025-01-01T00:00:00Z' };
const withImage = (image: Json = {}) => design({ sampleImages: [{ ...sampleImage, ...image }] });
const statement = { principals: ['A'], actions: ['ecr:BatchGetImage'] };
const withStatement = design(
  { resourcePolicy: [statement] },
  {
    principals: [
      { type: 'AccountPrincipal', id: 'A', accountId: '210987654321' },
      { type: 'AnyPrincipal', id: 'B' },
    ],
  },
);

const user = (id: string) => ({ type: 'User', id });
const role = { type: 'Role', id: 'P', assumedBy: { service: 'ecs-tasks.amazonaws.com' } };
const roleOfAccount = { type: 'Role', id: 'P', assumedBy: { account: '123456789012' } };
const importedRole = { type: 'Role.fromRoleArn', id: 'P', roleArn: arn.role };
const account = { type: 'AccountPrincipal', id: 'P', accountId: '210987654321' };
const anyone = { type: 'AnyPrincipal', id: 'P' };
/** A design whose principal `P` is granted a pull of the repository. */
const granted = (principal: Json) =>
  design({}, { principals: [principal], grants: [pullOf('Repository', 'P')] });
/** A design whose role `P` is granted two long actions: CDK splits one off into OverflowPolicy1. */
const overflowing = design(
  {},
  {
    principals: [role],
    grants: ['A', 'B'].map((letter) => ({
      grant: 'grant',
      repository: 'Repository',
      principal: 'P',
      actions: [`ecr:Get${letter.repeat(9_990)}`],
    })),
  },
);
const pullOf = (repository: string, principal: string) => ({
  grant: 'grantPull',
  repository,
  principal,
});
const renamed = (principal: Json) =>
  probe(granted(principal), inPrincipal('id'), 'Q', [inGrant('principal'), 'Q']);

/** Two repositories and two users; the grant goes to the first of each. */
const twoOfEach = (grant: Json): Json => ({
  version: 1,
  principals: [user('A'), user('B')],
  repositories: [{ id: 'Repository' }, { id: 'Other' }],
  grants: [grant],
});
const repositoryGrant = (grant: string, extra: Json = {}) =>
  twoOfEach({ grant, repository: 'Repository', principal: 'A', ...extra });

function repositoryGrantProbes(grant: string, extra: Json = {}): FieldProbe[] {
  const variant = Object.entries(extra).map(([field, value]) => [inGrant(field), value] as const);
  const other = grant === 'grantPull' ? 'grantPush' : 'grantPull';
  return [
    probe(repositoryGrant(other), inGrant('grant'), grant, ...variant),
    probe(repositoryGrant(grant, extra), inGrant('repository'), 'Other'),
    probe(repositoryGrant(grant, extra), inGrant('principal'), 'B'),
  ];
}
const tokenGrantProbes = (grant: string): FieldProbe[] => [
  probe(repositoryGrant('grantPull'), inGrant('grant'), grant, [inGrant('repository'), undefined]),
  probe(twoOfEach({ grant, principal: 'A' }), inGrant('principal'), 'B'),
];

const keys = [
  probe(design(), ['keys'], [{ id: 'Key' }]),
  probe(withKey(), ['keys', 0, 'id'], 'Other'),
  ...tableProbes(keyProperties, withKey, (field) => ['keys', 0, field]),
  probe(
    design({ encryptionKey: 'Key' }, { keys: [{ id: 'Key' }] }),
    ['keys', 0, 'keyArn'],
    arn.key,
  ),
];

const principals = [
  probe(design(), ['principals'], [user('User')]),
  probe(granted(anyone), inPrincipal('type'), 'User'),
  renamed(user('P')),
  probe(granted(user('P')), inPrincipal('type'), 'Role', [
    inPrincipal('assumedBy'),
    role.assumedBy,
  ]),
  renamed(role),
  probe(granted(role), inPrincipal('assumedBy'), roleOfAccount.assumedBy),
  probe(granted(role), inPrincipal('assumedBy', 'service'), 'codebuild.amazonaws.com'),
  probe(granted(roleOfAccount), inPrincipal('assumedBy', 'account'), '210987654321'),
  probe(granted(user('P')), inPrincipal('logicalId'), 'KeptUser'),
  probe(granted(role), inPrincipal('logicalId'), 'KeptRole'),
  probe(design({}, { topics: [{ id: 'Topic' }] }), ['topics', 0, 'logicalId'], 'KeptTopic'),
  probe(design({}, { queues: [{ id: 'Queue' }] }), ['queues', 0, 'logicalId'], 'KeptQueue'),
  // The policy CDK adds below it as a grant or a target reaches it.
  probe(granted(user('P')), inPrincipal('policyLogicalId'), 'KeptPolicy'),
  probe(granted(role), inPrincipal('policyLogicalId'), 'KeptPolicy'),
  probe(granted(importedRole), inPrincipal('policyLogicalId'), 'KeptPolicy'),
  // Renamed at synthesis, where CDK makes the overflow policy (renameLogicalId).
  probe(overflowing, inPrincipal('overflowPolicyLogicalIds'), ['KeptOverflow']),
  probe(
    withTarget({ topic: 'A' }, two('topics')),
    ['topics', 0, 'policyLogicalId'],
    'KeptTopicPolicy',
  ),
  probe(
    withTarget({ queue: 'A' }, two('queues')),
    ['queues', 0, 'policyLogicalId'],
    'KeptQueuePolicy',
  ),
  probe(granted(user('P')), inPrincipal('type'), 'Role.fromRoleArn', [
    inPrincipal('roleArn'),
    arn.role,
  ]),
  renamed(importedRole),
  probe(granted(importedRole), inPrincipal('roleArn'), arn.otherRole),
  probe(granted(anyone), inPrincipal('type'), 'AccountPrincipal', [
    inPrincipal('accountId'),
    account.accountId,
  ]),
  renamed(account),
  probe(granted(account), inPrincipal('accountId'), '123456789012'),
  probe(granted(user('P')), inPrincipal('type'), 'AnyPrincipal'),
  renamed(anyone),
];

const targets = [
  probe(design(), ['topics'], [{ id: 'Topic' }]),
  probe(design({}, { topics: [{ id: 'Topic' }] }), ['topics', 0, 'id'], 'Other'),
  probe(design(), ['queues'], [{ id: 'Queue' }]),
  probe(design({}, { queues: [{ id: 'Queue' }] }), ['queues', 0, 'id'], 'Other'),
  probe(
    withEventRule(),
    ['functions'],
    [{ id: 'Fn', functionArn: arn.fn }],
    [inEventRule('targets'), [{ function: 'Fn' }]],
  ),
  // With sameEnvironment, the Lambda permission (a child of the function) carries its id.
  probe(
    withTarget(
      { function: 'A' },
      { functions: [{ id: 'A', functionArn: arn.fn, sameEnvironment: true }] },
    ),
    ['functions', 0, 'id'],
    'Other',
    [inEventRule('targets', 0, 'function'), 'Other'],
  ),
  // The Lambda permission the function target adds, in the stack's environment.
  probe(
    withTarget(
      { function: 'A' },
      { functions: [{ id: 'A', functionArn: arn.fn, sameEnvironment: true }] },
    ),
    inEventRule('targets', 0, 'permissionLogicalId'),
    'KeptPermission',
  ),
  probe(withTarget({ function: 'A' }, twoFunctions), ['functions', 0, 'functionArn'], arn.otherFn),
  probe(withTarget({ function: 'A' }, twoFunctions), ['functions', 0, 'sameEnvironment'], true),
];

const repositories = [
  probe(
    { version: 1, topics: [{ id: 'Topic' }], repositories: [] },
    ['repositories'],
    [{ id: 'Repository' }],
  ),
  probe(design(), inRepository('id'), 'Other'),
  ...tableProbes(repositoryProperties, design, inRepository),
  probe(withKey(), inRepository('encryptionKey'), 'Key'),
  probe(design(), inRepository('tags'), { team: 'platform' }),
  probe(design(), inRepository('lifecycleRules'), [{ maxImageCount: 5 }]),
  probe(design(), inRepository('sampleImages'), [sampleImage]),
  probe(design(), inRepository('eventRules'), [scanRule()]),
  probe(design({}, { principals: [account] }), inRepository('resourcePolicy'), [
    { ...statement, principals: ['P'] },
  ]),
];

const lifecycleRules = tableProbes(lifecycleRuleProperties, withRule, inRule);

const sampleImages = [
  probe(withImage(), inImage('digest'), 'sha256:b'),
  probe(withImage(), inImage('tags'), ['v2']),
  probe(withImage(), inImage('pushedAt'), '2025-01-02T00:00:00Z'),
  probe(withImage(), inImage('lastPulledAt'), '2025-01-03T00:00:00Z'),
  probe(withImage({ archivedAt: '2025-02-01T00:00:00Z' }), inImage('storageClass'), 'archive'),
  probe(withImage(), inImage('archivedAt'), '2025-02-01T00:00:00Z'),
  probe(withImage(), inImage('lastActivatedAt'), '2025-03-01T00:00:00Z'),
  probe(withImage(), inImage('manifestListDigest'), 'sha256:index'),
];

const eventRules = [
  probe(withEventRule(), inEventRule('id'), 'Other'),
  probe(withEventRule(), inEventRule('method'), 'onEvent'),
  ...tableProbes(eventRuleProperties, withEventRule, inEventRule),
  probe(withEventRule({}, { topics: [{ id: 'Topic' }] }), inEventRule('targets'), [
    { topic: 'Topic' },
  ]),
  probe(withTarget({ topic: 'A' }, two('topics')), inEventRule('targets', 0, 'topic'), 'B'),
  probe(withTarget({ queue: 'A' }, two('queues')), inEventRule('targets', 0, 'queue'), 'B'),
  probe(withTarget({ function: 'A' }, twoFunctions), inEventRule('targets', 0, 'function'), 'B'),
];

const resourcePolicy = [
  probe(withStatement, inStatement('effect'), 'DENY'),
  probe(withStatement, inStatement('principals'), ['B']),
  probe(withStatement, inStatement('actions'), ['ecr:*']),
  probe(withStatement, inStatement('conditions'), {
    StringEquals: { 'aws:PrincipalOrgID': 'o-1' },
  }),
  probe(withStatement, inStatement('resources'), ['*']),
];

const grantActions = { actions: ['ecr:ListImages'] };
const grants = [
  probe(design({}, { principals: [user('A')] }), ['grants'], [pullOf('Repository', 'A')]),
  ...['grantPull', 'grantPush', 'grantPullPush', 'grantRead'].flatMap((g) =>
    repositoryGrantProbes(g),
  ),
  ...repositoryGrantProbes('grant', grantActions),
  probe(repositoryGrant('grant', grantActions), inGrant('actions'), ['ecr:*']),
  ...['AuthorizationToken.grantRead', 'PublicGalleryAuthorizationToken.grantRead'].flatMap(
    tokenGrantProbes,
  ),
];

/** Two of each entity an output can name; the output goes to the first. */
const withOutput = (output?: Json): Json => ({
  version: 1,
  keys: [{ id: 'K1' }, { id: 'K2' }],
  topics: [{ id: 'T1' }, { id: 'T2' }],
  repositories: [{ id: 'Repository' }, { id: 'Other' }],
  ...(output ? { outputs: [output] } : {}),
});
const inOutput = (field: string): Location => ['outputs', 0, field];
const outputOwners: Record<string, [field: string, first: string, second: string]> = {
  repositoryUri: ['repository', 'Repository', 'Other'],
  repositoryArn: ['repository', 'Repository', 'Other'],
  repositoryName: ['repository', 'Repository', 'Other'],
  keyArn: ['key', 'K1', 'K2'],
  topicArn: ['topic', 'T1', 'T2'],
};
function outputProbes(value: string): FieldProbe[] {
  const [field, first, second] = outputOwners[value]!;
  const output = { value, id: 'Out', [field]: first };
  const other = value === 'repositoryArn' ? 'repositoryName' : 'repositoryArn';
  const base = withOutput({ value: other, id: 'Out', repository: 'Repository' });
  const owner: Change[] =
    field === 'repository'
      ? []
      : [
          [inOutput('repository'), undefined],
          [inOutput(field), first],
        ];
  return [
    probe(base, inOutput('value'), value, ...owner),
    probe(withOutput(output), inOutput('id'), 'Renamed'),
    probe(withOutput(output), inOutput(field), second),
    probe(withOutput(output), inOutput('description'), 'Pushed images'),
    probe(withOutput(output), inOutput('exportName'), 'web-out'),
  ];
}
const outputs = [
  probe(withOutput(), ['outputs'], [{ value: 'repositoryUri', id: 'Out', repository: 'Other' }]),
  ...Object.keys(outputOwners).flatMap(outputProbes),
];

export const fieldProbes: readonly FieldProbe[] = [
  probe(design(), ['stackName'], 'Platform'),
  probe(design(), ['stackDescription'], 'Images of the web team'),
  ...keys,
  ...principals,
  ...targets,
  ...repositories,
  ...lifecycleRules,
  ...sampleImages,
  ...eventRules,
  ...resourcePolicy,
  ...grants,
  ...outputs,
  ...creationTemplateProbes,
  ...registryProbes,
];
