/** Design file format version 1 (product.md), defined once for the parser, the JSON Schema and the form. */

import { FindingCode } from '../findings';
import { designLimits } from './designLimits';
import {
  entityLimits,
  functionSchema,
  grantSchema,
  keySchema,
  principalSchema,
  queueSchema,
  topicSchema,
} from './entitySchemas';
import { maxOutputs, outputSchema, stackDescriptionSchema } from './outputSchema';
import { parsedOncePerObject } from './parsedOncePerObject';
import type { lifecycleRuleSchema } from './properties/lifecycleRuleProperties';
import { shapeOf } from './properties/property';
import { repositoryProperties } from './properties/repositoryProperties';
import { registrySchema } from './registrySchema';
import { arrayOf, type Infer, literal, objectOf, pattern, type Schema } from './schemaKit';

export { lifecycleRuleSchema } from './properties/lifecycleRuleProperties';
export { designLimits };

export const repositorySchema = objectOf(
  shapeOf(repositoryProperties),
  'An ECR repository (ecr.Repository).',
  ['id'],
);

/**
 * Names a stack class cannot take: what the generated module imports or calls and the app
 * binds, TypeScript's reserved words and type names, Python's keywords.
 */
const takenClassNames = [
  'Stack StackProps CfnOutput Duration RemovalPolicy CfnDeletionPolicy Tags Construct ecr iam kms sns sqs lambda targets',
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

/** The design's fields, given the schema of its repositories. */
const designShape = (repository: Schema<Infer<typeof repositorySchema>>) => ({
  version: literal(1),
  stackName: stackNameSchema,
  stackDescription: stackDescriptionSchema,
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
    repository,
    'The repositories of the stack, in construct order.',
    designLimits.repositories,
  ),
  registry: registrySchema,
  grants: arrayOf(grantSchema, 'Grants, made after every construct.', entityLimits.entities),
  outputs: arrayOf(outputSchema, 'Stack outputs, created last.', maxOutputs * 2),
});

const designDescription = 'An ECR Designer design (format version 1).';

export const designSchema = objectOf(designShape(repositorySchema), designDescription, [
  'version',
  'repositories',
]);

/**
 * The same schema for designs held as values, which the render checks on every keystroke:
 * each repository's parse is kept per repository object (and path).
 */
export const designValueSchema = objectOf(
  designShape(parsedOncePerObject(repositorySchema)),
  designDescription,
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
export type { OutputDesign, OutputValue } from './outputSchema';
export type {
  CreationTemplateDesign,
  PullThroughCacheRuleDesign,
  PullTimeUpdateExclusionDesign,
  RegistryDesign,
  RegistryPolicyDesign,
  ReplicationDesign,
  ScanningDesign,
  SigningDesign,
} from './registrySchema';
