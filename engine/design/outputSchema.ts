/**
 * The stack's outputs (cdk.CfnOutput) and its description (format version 1, both optional).
 * An output names what it exports by `value` and the entity it belongs to by that entity's id,
 * as grants and targets refer to theirs.
 */
import { constructId, entityLimits, reference, text } from './entityFields';
import { type Infer, literal, objectOf, string, taggedUnion } from './schemaKit';

/** CloudFormation's quota of outputs per template. */
export const maxOutputs = 200;

const optional = {
  description: text('The output’s Description.'),
  exportName: string({
    description: 'Export.Name: other stacks import the value with Fn::ImportValue.',
    maxLength: entityLimits.stringLength,
  }),
};

const repositoryOutput = <const V extends string>(value: V, what: string) =>
  objectOf(
    {
      value: literal(value),
      id: constructId('output'),
      repository: reference('the repository'),
      ...optional,
    },
    `The repository's ${what} (repository.${value}).`,
    ['value', 'id', 'repository'],
  );

export const outputSchema = taggedUnion(
  'value',
  {
    repositoryUri: repositoryOutput('repositoryUri', 'URI'),
    repositoryArn: repositoryOutput('repositoryArn', 'ARN'),
    repositoryName: repositoryOutput('repositoryName', 'name'),
    keyArn: objectOf(
      {
        value: literal('keyArn'),
        id: constructId('output'),
        key: reference('the key'),
        ...optional,
      },
      "A key's ARN (key.keyArn).",
      ['value', 'id', 'key'],
    ),
    topicArn: objectOf(
      {
        value: literal('topicArn'),
        id: constructId('output'),
        topic: reference('the topic'),
        ...optional,
      },
      "A topic's ARN (topic.topicArn).",
      ['value', 'id', 'topic'],
    ),
  },
  'A stack output (new cdk.CfnOutput(stack, id, { value, description, exportName })).',
);

export const stackDescriptionSchema = text(
  "The template's Description (stack.templateOptions.description).",
);

export type OutputDesign = Infer<typeof outputSchema>;
export type OutputValue = OutputDesign['value'];
