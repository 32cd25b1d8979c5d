/**
 * The design's entities beside repositories: KMS keys, IAM principals, event targets and grants
 * (format version 1, all optional). Entities have an `id` (their construct id) and refer to
 * each other by id.
 */
import { FindingCode } from '../findings';
import { Effect, EventRuleMethod, membersOf, RemovalPolicy, type RepositoryGrant } from './enums';
import {
  arrayOf,
  boolean,
  type Infer,
  literal,
  objectOf,
  oneOf,
  pattern,
  recordOf,
  string,
  stringOrList,
  taggedUnion,
} from './schemaKit';

export const entityLimits = { entities: 200, listEntries: 100, stringLength: 40_000 } as const;

const text = (description: string) => string({ description, maxLength: entityLimits.stringLength });
export const constructId = (what: string) =>
  string({
    description: `Construct id of the ${what}, unique among its siblings; it drives the logical ID.`,
    minLength: 1,
    maxLength: 1000,
  });
const reference = (what: string) =>
  string({ description: `The id of ${what}.`, minLength: 1, maxLength: 1000 });
const list = <T>(item: Parameters<typeof arrayOf<T>>[0], description: string) =>
  arrayOf(item, description, entityLimits.listEntries);

/** Formats CDK would parse: constrained so that every accepted value synthesizes predictably. */
const accountId = pattern(
  /^[0-9]{12}$/,
  'An AWS account id.',
  'must be a 12-digit account id',
  FindingCode.accountIdInvalid,
);
/** An IAM role ARN without a path; the role's name is its group 1. */
export const roleArnPattern = /^arn:aws[a-z-]*:iam::[0-9]{12}:role\/([A-Za-z0-9+=,.@_-]{1,64})$/;
export const keyArnPattern = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key\/[A-Za-z0-9-]{1,128}$/;

const roleArn = pattern(
  roleArnPattern,
  'ARN of an existing IAM role (no path).',
  "must be an IAM role ARN such as 'arn:aws:iam::123456789012:role/name' (without a path)",
  FindingCode.roleArnInvalid,
);
const keyArn = pattern(
  keyArnPattern,
  'ARN of an existing KMS key.',
  "must be a KMS key ARN such as 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'",
  FindingCode.keyArnInvalid,
);
const functionArn = pattern(
  /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[A-Za-z0-9_-]{1,64}$/,
  'ARN of an existing Lambda function (unqualified).',
  "must be a Lambda function ARN such as 'arn:aws:lambda:us-east-1:123456789012:function:name'",
  FindingCode.functionArnInvalid,
);
const servicePrincipal = pattern(
  /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/,
  'A service principal, e.g. ecs-tasks.amazonaws.com.',
  "must be a service principal such as 'ecs-tasks.amazonaws.com'",
  FindingCode.servicePrincipalInvalid,
);

export const keySchema = objectOf(
  {
    id: constructId('key'),
    alias: text("Alias (kms.Key's alias prop); 'alias/' is prepended when missing."),
    description: text('Description of the key.'),
    enableKeyRotation: boolean('Rotate the key material every year.'),
    removalPolicy: oneOf(membersOf(RemovalPolicy), 'Default RETAIN.'),
    keyArn: keyArn,
  },
  'A customer-managed KMS key (new kms.Key), or an existing one imported with kms.Key.fromKeyArn when keyArn is given (then no other prop).',
  ['id'],
);

const assumedBy = objectOf(
  { service: servicePrincipal, account: accountId },
  'Who can assume the role: a service principal (service) or an account (account), exactly one.',
);

export const principalSchema = taggedUnion(
  'type',
  {
    User: objectOf({ type: literal('User'), id: constructId('user') }, 'A new iam.User.', [
      'type',
      'id',
    ]),
    Role: objectOf(
      { type: literal('Role'), id: constructId('role'), assumedBy },
      'A new iam.Role.',
      ['type', 'id', 'assumedBy'],
    ),
    'Role.fromRoleArn': objectOf(
      { type: literal('Role.fromRoleArn'), id: constructId('imported role'), roleArn },
      'An existing role, imported with iam.Role.fromRoleArn.',
      ['type', 'id', 'roleArn'],
    ),
    AccountPrincipal: objectOf(
      {
        type: literal('AccountPrincipal'),
        id: reference('this principal (not a construct)'),
        accountId,
      },
      'An account, for cross-account access (iam.AccountPrincipal).',
      ['type', 'id', 'accountId'],
    ),
    AnyPrincipal: objectOf(
      { type: literal('AnyPrincipal'), id: reference('this principal (not a construct)') },
      'Anyone (iam.AnyPrincipal).',
      ['type', 'id'],
    ),
  },
  'An IAM principal that grants and resource policy statements refer to by id.',
);

export const topicSchema = objectOf({ id: constructId('topic') }, 'A new SNS topic (sns.Topic).', [
  'id',
]);
export const queueSchema = objectOf({ id: constructId('queue') }, 'A new SQS queue (sqs.Queue).', [
  'id',
]);
export const functionSchema = objectOf(
  {
    id: constructId('imported function'),
    functionArn,
    sameEnvironment: boolean(
      'The function is in the stack’s account and region: CDK then adds the Lambda permission (fromFunctionAttributes); otherwise fromFunctionArn adds none.',
    ),
  },
  'An existing Lambda function, as an event target.',
  ['id', 'functionArn'],
);

export const targetSchema = objectOf(
  {
    topic: reference('a topic (targets.SnsTopic)'),
    queue: reference('a queue (targets.SqsQueue)'),
    function: reference('a function (targets.LambdaFunction)'),
  },
  'An event rule target: exactly one of topic, queue or function.',
);

export const eventRuleSchema = objectOf(
  {
    id: constructId('rule (a child of the repository)'),
    method: oneOf(membersOf(EventRuleMethod), 'The Repository method that creates the rule.'),
    description: text('Description of the rule.'),
    ruleName: text('Physical rule name; omitted means CloudFormation generates one.'),
    imageTags: list(text('an image tag'), 'onImageScanCompleted: only these image tags.'),
    imageTag: text('onCloudTrailImagePushed: only this image tag.'),
    targets: list(targetSchema, 'Targets, added with addTarget in this order.'),
  },
  'An event rule on the repository (repository.onImageScanCompleted(id, options) and the like).',
  ['id', 'method'],
);

export const policyStatementSchema = objectOf(
  {
    effect: oneOf(membersOf(Effect), 'Default ALLOW.'),
    principals: list(reference('a principal'), 'Principals, by id.'),
    actions: list(text('an action'), "Actions such as 'ecr:BatchGetImage'."),
    conditions: recordOf(
      recordOf(stringOrList('condition value', entityLimits.listEntries), 'keys', 100),
      'Conditions: operator → key → value(s).',
      100,
    ),
    resources: list(text('a resource ARN'), 'Resources; ECR resource policies do not allow them.'),
  },
  'A resource policy statement (repository.addToResourcePolicy(new iam.PolicyStatement(...))).',
);

const repositoryGrant = (grant: keyof typeof RepositoryGrant) =>
  objectOf(
    {
      grant: literal(grant),
      repository: reference('the repository'),
      principal: reference('the principal'),
    },
    `repository.${grant}(principal).`,
    ['grant', 'repository', 'principal'],
  );
const tokenGrant = <const G extends string>(grant: G) =>
  objectOf(
    { grant: literal(grant), principal: reference('the principal') },
    `ecr.${grant}(principal).`,
    ['grant', 'principal'],
  );

export const grantSchema = taggedUnion(
  'grant',
  {
    grantPull: repositoryGrant('grantPull'),
    grantPush: repositoryGrant('grantPush'),
    grantPullPush: repositoryGrant('grantPullPush'),
    grantRead: repositoryGrant('grantRead'),
    grant: objectOf(
      {
        grant: literal('grant'),
        repository: reference('the repository'),
        principal: reference('the principal'),
        actions: arrayOf(text('an action'), 'The actions granted.', entityLimits.listEntries),
      },
      'repository.grant(principal, ...actions).',
      ['grant', 'repository', 'principal', 'actions'],
    ),
    'AuthorizationToken.grantRead': tokenGrant('AuthorizationToken.grantRead'),
    'PublicGalleryAuthorizationToken.grantRead': tokenGrant(
      'PublicGalleryAuthorizationToken.grantRead',
    ),
  },
  'A grant, made after every construct exists.',
);

export type KeyDesign = Infer<typeof keySchema>;
export type PrincipalDesign = Infer<typeof principalSchema>;
export type TopicDesign = Infer<typeof topicSchema>;
export type QueueDesign = Infer<typeof queueSchema>;
export type FunctionDesign = Infer<typeof functionSchema>;
export type TargetDesign = Infer<typeof targetSchema>;
export type EventRuleDesign = Infer<typeof eventRuleSchema>;
export type PolicyStatementDesign = Infer<typeof policyStatementSchema>;
export type GrantDesign = Infer<typeof grantSchema>;
