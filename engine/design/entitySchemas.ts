/**
 * The design's entities beside repositories: KMS keys, IAM principals, event targets and grants
 * (format version 1, all optional). Entities have an `id` (their construct id) and refer to
 * each other by id.
 */
import {
  accountId,
  constructId,
  entityLimits,
  functionArn,
  list,
  reference,
  roleArn,
  servicePrincipal,
  text,
} from './entityFields';
import { Effect, membersOf, type RepositoryGrant } from './enums';
import { logicalIdSchema } from './properties/resourceOptionProperties';
import {
  arrayOf,
  boolean,
  type Infer,
  literal,
  objectOf,
  oneOf,
  recordOf,
  string,
  stringOrList,
  taggedUnion,
} from './schemaKit';

export { entityLimits, keyArnPattern, roleArnPattern } from './entityFields';
export {
  type EventRuleDesign,
  eventRuleSchema,
  type TargetDesign,
} from './properties/eventRuleProperties';
export { type KeyDesign, keySchema } from './properties/keyProperties';

const assumedBy = objectOf(
  { service: servicePrincipal, account: accountId },
  'Who can assume the role: a service principal (service) or an account (account), exactly one.',
);

/**
 * The logical IDs to keep for the `OverflowPolicy<n>` managed policies aws-cdk-lib splits off a
 * role's DefaultPolicy at synthesis (index n-1; an empty one keeps CDK's): they do not exist
 * before `app.synth()`, so the code renames their derived IDs (Stack.renameLogicalId).
 */
const overflowPolicyLogicalIds = arrayOf(
  string({
    description:
      'Logical ID to keep for one overflow policy (AWS::IAM::ManagedPolicy), or empty for CDK’s.',
    maxLength: 1000,
  }),
  'Logical IDs to keep for the managed policies OverflowPolicy1, OverflowPolicy2, … that CDK splits off the role’s DefaultPolicy when its grants do not fit, in that order; an empty entry keeps CDK’s ID (renameLogicalId); changing one replaces the policy.',
  100,
);

export const principalSchema = taggedUnion(
  'type',
  {
    User: objectOf(
      {
        type: literal('User'),
        id: constructId('user'),
        logicalId: logicalIdSchema('user'),
        policyLogicalId: logicalIdSchema('user’s DefaultPolicy (AWS::IAM::Policy)'),
      },
      'A new iam.User.',
      ['type', 'id'] as const,
    ),
    Role: objectOf(
      {
        type: literal('Role'),
        id: constructId('role'),
        logicalId: logicalIdSchema('role'),
        policyLogicalId: logicalIdSchema('role’s DefaultPolicy (AWS::IAM::Policy)'),
        overflowPolicyLogicalIds,
        assumedBy,
      },
      'A new iam.Role.',
      ['type', 'id', 'assumedBy'] as const,
    ),
    'Role.fromRoleArn': objectOf(
      {
        type: literal('Role.fromRoleArn'),
        id: constructId('imported role'),
        roleArn,
        policyLogicalId: logicalIdSchema('policy grants add to the role (AWS::IAM::Policy)'),
      },
      'An existing role, imported with iam.Role.fromRoleArn.',
      ['type', 'id', 'roleArn'] as const,
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

export const topicSchema = objectOf(
  {
    id: constructId('topic'),
    logicalId: logicalIdSchema('topic'),
    policyLogicalId: logicalIdSchema('topic’s TopicPolicy, which event targets add'),
  },
  'A new SNS topic (sns.Topic).',
  ['id'],
);
export const queueSchema = objectOf(
  {
    id: constructId('queue'),
    logicalId: logicalIdSchema('queue'),
    policyLogicalId: logicalIdSchema('queue’s QueuePolicy, which event targets add'),
  },
  'A new SQS queue (sqs.Queue).',
  ['id'],
);
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

export type PrincipalDesign = Infer<typeof principalSchema>;
export type TopicDesign = Infer<typeof topicSchema>;
export type QueueDesign = Infer<typeof queueSchema>;
export type FunctionDesign = Infer<typeof functionSchema>;
export type PolicyStatementDesign = Infer<typeof policyStatementSchema>;
export type GrantDesign = Infer<typeof grantSchema>;
