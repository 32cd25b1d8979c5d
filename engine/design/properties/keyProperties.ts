/**
 * The KMS key's fields in the format's order. Description and EnableKeyRotation are 1:1 with
 * AWS::KMS::Key's properties; the others are derived: the id, the alias (an AWS::KMS::Alias of
 * its own, `alias/` prepended), the removal policy (resource attributes) and the ARN of an
 * existing key (kms.Key.fromKeyArn, which makes no resource).
 */
import { constructId, keyArn, text } from '../entityFields';
import { membersOf, RemovalPolicy } from '../enums';
import { boolean, type Infer, objectOf, oneOf } from '../schemaKit';
import { isBoolean, isString, literalCfn } from './cfnFacets';
import { loneSurrogates, property, shapeOf } from './property';
import { logicalIdRow, resourcePolicyRows } from './resourceOptionProperties';

const removalPolicies = membersOf(RemovalPolicy);

/** The form shows these for a key the stack makes, none for one imported by ARN. */
const group = 'New key';

export const keyProperties = [
  property({ field: 'id', schema: constructId('key') }),
  logicalIdRow('key', group),
  property({
    field: 'alias',
    schema: text("Alias (kms.Key's alias prop); 'alias/' is prepended when missing."),
    cdk: { literal: 'string' },
    form: { label: 'Alias', group, widget: { kind: 'text' } },
    probe: { value: 'ecr' },
    samples: {
      wild: {
        values: ['ecr', 'alias/aws/x', 'bad name', 'alias/', '', 'alias/x', 'k'.repeat(251)],
      },
      tidy: { values: ['ecr', 'alias/ecr-images', 'alias/team:ecr', 'alias/a_b-c/d'] },
    },
  }),
  property({
    field: 'description',
    schema: text('Description of the key.'),
    cfn: literalCfn('Description', isString, 'string'),
    cdk: { literal: 'string' },
    form: { label: 'Description', group, widget: { kind: 'text' } },
    probe: { value: 'images' },
    samples: {
      // Over the 8,192 characters CloudFormation allows, and text it cannot read.
      wild: { text: { weight: 1 }, values: ['d'.repeat(8193), loneSurrogates] },
      tidy: { text: { weight: 12 }, values: [loneSurrogates] },
    },
  }),
  property({
    field: 'enableKeyRotation',
    schema: boolean('Rotate the key material every year.'),
    cfn: literalCfn('EnableKeyRotation', isBoolean, 'true or false'),
    cdk: { literal: 'boolean' },
    form: { label: 'Rotate yearly', group, widget: { kind: 'triState', cdkDefault: 'off' } },
    probe: { value: true },
    samples: { wild: {}, tidy: {} },
  }),
  property({
    field: 'removalPolicy',
    schema: oneOf(removalPolicies, 'Default RETAIN.'),
    cdk: { literal: { enum: { module: 'core', name: 'RemovalPolicy' } } },
    form: {
      label: 'Removal policy',
      group,
      widget: { kind: 'select', members: removalPolicies, defaultLabel: 'Default (RETAIN)' },
    },
    probe: { value: 'DESTROY' },
    samples: {
      wild: { values: ['RETAIN', 'DESTROY', 'SNAPSHOT'] },
      tidy: { values: ['RETAIN', 'DESTROY', 'RETAIN_ON_UPDATE_OR_DELETE'] },
    },
  }),
  logicalIdRow('alias', group, 'aliasLogicalId'),
  ...resourcePolicyRows(group),
  property({ field: 'keyArn', schema: keyArn }),
] as const;

export const keySchema = objectOf(
  shapeOf(keyProperties),
  'A customer-managed KMS key (new kms.Key), or an existing one imported with kms.Key.fromKeyArn when keyArn is given (then no other prop).',
  ['id'],
);

export type KeyDesign = Infer<typeof keySchema>;
export type KeyField = (typeof keyProperties)[number]['field'];
