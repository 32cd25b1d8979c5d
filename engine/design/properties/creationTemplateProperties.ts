/**
 * A repository creation template's fields in the format's order (AWS::ECR::RepositoryCreation-
 * Template through ecr.CfnRepositoryCreationTemplate). Rows with a `cfn` facet are 1:1 with a
 * CloudFormation property and an L1 prop of the same name in camelCase; the others are derived:
 * the id, the kept logical ID, the encryption with its key (EncryptionConfiguration), the
 * lifecycle rules (LifecyclePolicy, a JSON string), the policy statements (RepositoryPolicy, a
 * JSON string) and the resource tags.
 */

import { sampleImagesSchema } from '../../simulate/sampleImages';
import { designLimits } from '../designLimits';
import { constructId, entityLimits, list, reference, text } from '../entityFields';
import { policyStatementSchema } from '../entitySchemas';
import { arrayOf, objectOf } from '../schemaKit';
import { exclusionFiltersCfn, exclusionFiltersSchema, isString, literalCfn } from './cfnFacets';
import { lifecycleRuleSchema } from './lifecycleRuleProperties';
import { property } from './property';
import { logicalIdRow } from './resourceOptionProperties';

/** The scenarios a template applies for, as aws-cdk-lib 2.276's validation accepts them. */
export const appliedForValues = ['PULL_THROUGH_CACHE', 'REPLICATION', 'CREATE_ON_PUSH'] as const;
export const creationTemplateMutabilities = [
  'MUTABLE',
  'IMMUTABLE',
  'MUTABLE_WITH_EXCLUSION',
  'IMMUTABLE_WITH_EXCLUSION',
] as const;
export const creationTemplateEncryptions = ['AES256', 'KMS', 'KMS_DSSE'] as const;

/**
 * The encryption type a template renders: its own, or KMS for a key without one (as a
 * repository's is); undefined leaves ECR's default, AES256.
 */
export function templateEncryption(template: {
  encryption?: string;
  encryptionKey?: string;
}): string | undefined {
  return template.encryption ?? (template.encryptionKey === undefined ? undefined : 'KMS');
}

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((entry) => typeof entry === 'string');

const group = 'Creation template';

export const creationTemplateProperties = [
  property({ field: 'id', schema: constructId('creation template') }),
  logicalIdRow('creation template', group),
  property({
    field: 'prefix',
    schema: text(
      'Repository name prefix the template applies to (ROOT for every repository no other template matches).',
    ),
    cfn: literalCfn('Prefix', isString, 'string'),
    form: { label: 'Prefix', group, widget: { kind: 'text', placeholder: 'ROOT' } },
  }),
  property({
    field: 'appliedFor',
    schema: list(
      text('PULL_THROUGH_CACHE, REPLICATION or CREATE_ON_PUSH'),
      'The ways of creating a repository the template applies to.',
    ),
    cfn: literalCfn('AppliedFor', isStringList, 'list of strings'),
    form: { label: 'Applied for', group, widget: { kind: 'chips', entryName: 'scenario' } },
  }),
  property({
    field: 'description',
    schema: text('Description of the template.'),
    cfn: literalCfn('Description', isString, 'string'),
    form: { label: 'Description', group, widget: { kind: 'text' } },
  }),
  property({
    field: 'imageTagMutability',
    schema: text('MUTABLE, IMMUTABLE, MUTABLE_WITH_EXCLUSION or IMMUTABLE_WITH_EXCLUSION.'),
    cfn: literalCfn('ImageTagMutability', isString, 'string'),
    form: {
      label: 'Tag mutability',
      group: 'Images',
      widget: {
        kind: 'select',
        members: creationTemplateMutabilities,
        defaultLabel: 'Default (MUTABLE)',
      },
    },
  }),
  property({
    field: 'imageTagMutabilityExclusionFilters',
    schema: exclusionFiltersSchema,
    cfn: exclusionFiltersCfn,
    form: {
      label: 'Mutability exclusion filters',
      group: 'Images',
      widget: { kind: 'chips', entryName: 'filter' },
    },
  }),
  property({
    field: 'encryption',
    schema: text('AES256, KMS or KMS_DSSE; default AES256.'),
    form: {
      label: 'Encryption',
      group: 'Encryption',
      widget: {
        kind: 'select',
        members: creationTemplateEncryptions,
        defaultLabel: 'Default (AES256)',
      },
    },
  }),
  property({
    field: 'encryptionKey',
    schema: reference(
      'a key of the design (new, or imported by ARN) for KMS or KMS_DSSE; none uses the AWS managed key',
    ),
  }),
  property({
    field: 'lifecycleRules',
    schema: arrayOf(
      lifecycleRuleSchema,
      'Lifecycle rules of the repositories the template creates, in evaluation order; written as the LifecyclePolicy JSON with the priorities a repository’s rules get.',
      designLimits.rulesPerRepository,
    ),
  }),
  property({
    field: 'sampleImages',
    schema: sampleImagesSchema(
      'Sample images of the lifecycle preview of a repository the template creates (as a repository’s sampleImages); they change no CDK or CloudFormation output, and a share link leaves them out.',
    ),
  }),
  property({
    field: 'repositoryPolicy',
    schema: arrayOf(
      policyStatementSchema,
      'Statements of the repository policy of the repositories the template creates, written as the RepositoryPolicy JSON; principals are written as literals (an account as its id, anyone as *, a role imported by ARN as its ARN), so users and roles the stack creates are refused.',
      entityLimits.entities,
    ),
  }),
  property({
    field: 'resourceTags',
    schema: arrayOf(
      objectOf({ key: text('The tag key.'), value: text('The tag value.') }, 'A resource tag.', [
        'key',
        'value',
      ]),
      'Tags of the repositories the template creates, in order.',
      designLimits.tags,
    ),
  }),
  property({
    field: 'customRoleArn',
    schema: text(
      'Role ECR assumes to apply the template (needed for KMS encryption or resource tags).',
    ),
    cfn: literalCfn('CustomRoleArn', isString, 'string'),
    form: { label: 'Custom role ARN', group, widget: { kind: 'text' } },
  }),
] as const;

export type CreationTemplateField = (typeof creationTemplateProperties)[number]['field'];
