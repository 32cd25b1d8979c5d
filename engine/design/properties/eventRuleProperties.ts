/**
 * The event rule's fields in the format's order. Description and the rule name are 1:1 with
 * AWS::Events::Rule's Description and Name; the others are derived: the id (a child of the
 * repository), the logical ID it keeps (set on its CfnRule), the method with its own options
 * (the event pattern) and the targets. CDK writes the rule's State and its repository's Tags
 * itself.
 */
import { constructId, list, reference, text } from '../entityFields';
import { EventRuleMethod, membersOf } from '../enums';
import { type Infer, objectOf, oneOf } from '../schemaKit';
import { isString, literalCfn } from './cfnFacets';
import { loneSurrogates, property, shapeOf } from './property';
import { logicalIdRow, logicalIdSchema } from './resourceOptionProperties';

export const targetSchema = objectOf(
  {
    topic: reference('a topic (targets.SnsTopic)'),
    queue: reference('a queue (targets.SqsQueue)'),
    function: reference('a function (targets.LambdaFunction)'),
    permissionLogicalId: logicalIdSchema(
      'Lambda permission (AWS::Lambda::Permission) a function target adds below the rule, for a function in the stack’s environment (the first target of that function on the rule)',
    ),
  },
  'An event rule target: exactly one of topic, queue or function.',
);

const imageTags = ['latest', 'prod', 'é', 'latest'];
const imageTagValues = ['latest', '', 'v1.0'];

export const eventRuleProperties = [
  property({ field: 'id', schema: constructId('rule (a child of the repository)') }),
  logicalIdRow('rule', 'Rule'),
  property({
    field: 'method',
    schema: oneOf(membersOf(EventRuleMethod), 'The Repository method that creates the rule.'),
  }),
  property({
    field: 'description',
    schema: text('Description of the rule.'),
    cfn: literalCfn('Description', isString, 'string'),
    cdk: { literal: 'string' },
    form: { label: 'Description', group: 'Rule', widget: { kind: 'text' } },
    probe: { value: 'scanned' },
    samples: {
      // Over the 512 characters CloudFormation allows, and text it cannot read.
      wild: { text: { weight: 1 }, values: ['x'.repeat(513), loneSurrogates] },
      tidy: { text: { weight: 1 } },
    },
  }),
  property({
    field: 'ruleName',
    schema: text('Physical rule name; omitted means CloudFormation generates one.'),
    cfn: literalCfn('Name', isString, 'string'),
    cdk: { literal: 'string' },
    form: { label: 'Rule name', group: 'Rule', widget: { kind: 'text' } },
    probe: { value: 'scan-done' },
    samples: {
      wild: { values: ['ok', 'bad name', '', 'n'.repeat(65)] },
      tidy: { values: ['scan-done', 'a.b_c', 'R1'] },
    },
  }),
  property({
    field: 'imageTags',
    schema: list(text('an image tag'), 'onImageScanCompleted: only these image tags.'),
    form: {
      label: 'Image tags',
      group: 'onImageScanCompleted',
      widget: { kind: 'chips', entryName: 'image tag' },
    },
    probe: { value: ['latest'] },
    samples: {
      wild: { values: imageTags, maxItems: 3 },
      tidy: { values: imageTags, minItems: 1, maxItems: 3 },
    },
  }),
  property({
    field: 'imageTag',
    schema: text('onCloudTrailImagePushed: only this image tag.'),
    form: { label: 'Image tag', group: 'onCloudTrailImagePushed', widget: { kind: 'text' } },
    probe: { value: 'latest', base: { method: 'onCloudTrailImagePushed' } },
    samples: { wild: { values: imageTagValues }, tidy: { values: imageTagValues } },
  }),
  property({
    field: 'targets',
    schema: list(targetSchema, 'Targets, added with addTarget in this order.'),
  }),
] as const;

export const eventRuleSchema = objectOf(
  shapeOf(eventRuleProperties),
  'An event rule on the repository (repository.onImageScanCompleted(id, options) and the like).',
  ['id', 'method'],
);

export type EventRuleDesign = Infer<typeof eventRuleSchema>;
export type TargetDesign = Infer<typeof targetSchema>;
export type EventRuleField = (typeof eventRuleProperties)[number]['field'];
