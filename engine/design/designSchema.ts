/** Design file format version 1 (product.md), defined once for the parser, the JSON Schema and the form. */

import { FindingCode } from '../findings';
import { sampleImagesSchema } from '../simulate/sampleImages';
import {
  entityLimits,
  eventRuleSchema,
  functionSchema,
  grantSchema,
  keySchema,
  policyStatementSchema,
  principalSchema,
  queueSchema,
  topicSchema,
} from './entitySchemas';
import {
  LifecycleAction,
  membersOf,
  RemovalPolicy,
  RepositoryEncryption,
  StorageClass,
  TagMutability,
  TagStatus,
} from './enums';
import {
  arrayOf,
  boolean,
  type Infer,
  integer,
  literal,
  objectOf,
  oneOf,
  pattern,
  recordOf,
  string,
} from './schemaKit';

/** Generous caps: they keep untrusted input bounded without limiting real designs. */
export const designLimits = {
  repositories: 200,
  rulesPerRepository: 200,
  listEntries: 100,
  tags: 200,
  stringLength: 40_000,
} as const;

const text = (description: string) => string({ description, maxLength: designLimits.stringLength });
const tagList = (description: string) =>
  arrayOf(text('a tag prefix or pattern'), description, designLimits.listEntries);

export const lifecycleRuleSchema = objectOf(
  {
    rulePriority: integer(
      'Explicit rulePriority; omitted means CDK numbers the rule automatically.',
    ),
    description: text('Description of the rule, kept in the policy text.'),
    tagStatus: oneOf(
      membersOf(TagStatus),
      'Which images the rule selects; default TAGGED when a tag list is given, else ANY.',
    ),
    tagPrefixList: tagList(
      'Tag prefixes; several entries mean AND: every prefix must match some tag.',
    ),
    tagPatternList: tagList('Tag patterns with * wildcards; several entries mean AND.'),
    maxImageCount: integer(
      'Keep this many images of the selection and expire the rest (imageCountMoreThan).',
    ),
    maxImageAgeDays: integer(
      'Expire images pushed more than this many days ago (sinceImagePushed), as Duration.days(n).',
    ),
    maxDaysSinceImagePulled: integer(
      'Archive-era: act on images not pulled for more than this many days (sinceImagePulled; never pulled counts from the push, a restore from lastActivatedAt). ECR allows it only with action TRANSITION.',
    ),
    maxDaysSinceImageTransitioned: integer(
      'Archive-era: act on images archived more than this many days ago (sinceImageTransitioned). ECR allows it only with action EXPIRE and storageClass ARCHIVE; archived images are billed for at least 90 days.',
    ),
    storageClass: oneOf(
      membersOf(StorageClass),
      "Archive-era: the storage class of the images the rule selects (default STANDARD); ARCHIVE only with maxDaysSinceImageTransitioned. Rules of different classes never see each other's images.",
    ),
    action: oneOf(
      membersOf(LifecycleAction),
      'Archive-era: EXPIRE (default) deletes the images, TRANSITION moves them to the archive storage class. A rule with TRANSITION, storageClass ARCHIVE or a maxDaysSince* count makes the generated CDK set the whole lifecycle policy on the CfnRepository (the L2 cannot express them); STANDARD and EXPIRE alone keep addLifecycleRule.',
    ),
  },
  'A lifecycle rule, as passed to Repository.addLifecycleRule.',
);

export const repositorySchema = objectOf(
  {
    id: string({
      description: 'Construct id, unique in the stack; it drives the logical ID.',
      minLength: 1,
      maxLength: 1000,
    }),
    repositoryName: text('Physical repository name; omitted means CloudFormation generates one.'),
    imageScanOnPush: boolean('Scan images for vulnerabilities when they are pushed.'),
    imageTagMutability: oneOf(
      membersOf(TagMutability),
      'Whether tags can be overwritten; default MUTABLE.',
    ),
    imageTagMutabilityExclusionFilters: arrayOf(
      text('a wildcard filter'),
      'Tag filters excepted from the tag mutability setting (needs a *_WITH_EXCLUSION mode).',
      designLimits.listEntries,
    ),
    encryption: oneOf(membersOf(RepositoryEncryption), 'Encryption at rest; default AES_256.'),
    encryptionKey: string({
      description: 'The id of a key in `keys` (encryptionKey); implies KMS encryption.',
      minLength: 1,
      maxLength: 1000,
    }),
    removalPolicy: oneOf(
      membersOf(RemovalPolicy),
      'What happens to the repository when it leaves the stack; default RETAIN.',
    ),
    emptyOnDelete: boolean(
      'Delete the images when the repository is deleted (needs removalPolicy DESTROY).',
    ),
    lifecycleRegistryId: text(
      'Registry (account) id that holds the lifecycle policy; default this account.',
    ),
    tags: recordOf(
      text('tag value'),
      'Resource tags, applied with Tags.of(repository).add(key, value).',
      designLimits.tags,
    ),
    lifecycleRules: arrayOf(
      lifecycleRuleSchema,
      'Lifecycle rules in the order of addLifecycleRule calls.',
      designLimits.rulesPerRepository,
    ),
    sampleImages: sampleImagesSchema(
      'Sample images of the lifecycle preview (at most 100,000, as ECR allows per repository); they change no CDK or CloudFormation output, and a share link leaves them out.',
    ),
    eventRules: arrayOf(
      eventRuleSchema,
      'Event rules, children of the repository, created in this order.',
      entityLimits.entities,
    ),
    resourcePolicy: arrayOf(
      policyStatementSchema,
      'Statements added with addToResourcePolicy, in this order.',
      entityLimits.entities,
    ),
  },
  'An ECR repository (ecr.Repository).',
  ['id'],
);

/**
 * Names a stack class cannot take: what the generated module imports or calls and the app
 * binds, TypeScript's reserved words and type names, Python's keywords.
 */
const takenClassNames = [
  'Stack StackProps Duration RemovalPolicy Tags Construct ecr iam kms sns sqs lambda targets',
  'cdk app super',
  'break case catch class const continue debugger default delete do else enum export extends false',
  'finally for function if import in instanceof new null return switch this throw true try typeof',
  'var void while with yield let static implements interface package private protected public',
  'await async of type arguments eval any unknown never number bigint boolean string symbol object',
  'undefined and as assert def del elif except from global is nonlocal not or pass raise None True False',
].flatMap((line) => line.split(' '));

export const stackNameSchema = pattern(
  new RegExp(`^(?!(?:${takenClassNames.join('|')})$)[A-Za-z][A-Za-z0-9]{0,127}$`),
  'Name of the generated Stack class and files; default EcrStack.',
  'must start with a letter, contain only letters and digits, and not be a word TypeScript or Python reserves or a name the generated code already uses (it names a class)',
  FindingCode.stackNameInvalid,
);

export const designSchema = objectOf(
  {
    version: literal(1),
    stackName: stackNameSchema,
    keys: arrayOf(keySchema, 'KMS keys, created first.', entityLimits.entities),
    principals: arrayOf(
      principalSchema,
      'IAM principals, created after the keys.',
      entityLimits.entities,
    ),
    topics: arrayOf(topicSchema, 'SNS topics (event targets).', entityLimits.entities),
    queues: arrayOf(queueSchema, 'SQS queues (event targets).', entityLimits.entities),
    functions: arrayOf(
      functionSchema,
      'Existing Lambda functions (event targets).',
      entityLimits.entities,
    ),
    repositories: arrayOf(
      repositorySchema,
      'The repositories of the stack, in construct order.',
      designLimits.repositories,
    ),
    grants: arrayOf(grantSchema, 'Grants, made after every construct.', entityLimits.entities),
  },
  'An ECR Designer design (format version 1).',
  ['version', 'repositories'],
);

export type LifecycleRuleDesign = Infer<typeof lifecycleRuleSchema>;
export type RepositoryDesign = Infer<typeof repositorySchema>;
export type Design = Infer<typeof designSchema>;

export const defaultStackName = 'EcrStack';

export type {
  EventRuleDesign,
  FunctionDesign,
  GrantDesign,
  KeyDesign,
  PolicyStatementDesign,
  PrincipalDesign,
  QueueDesign,
  TargetDesign,
  TopicDesign,
} from './entitySchemas';
