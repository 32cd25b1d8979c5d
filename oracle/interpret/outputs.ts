/**
 * The stack's description and outputs (product.md: `stackDescription` is the template's
 * Description; each of `outputs` is a CfnOutput of the attribute `value` names, created last).
 */
import type { Stack } from 'aws-cdk-lib';
import type { Repository } from 'aws-cdk-lib/aws-ecr';
import type { Design, OutputDesign } from '../../engine/index';
import { cdk, defined } from './cdkLib';
import type { Entities } from './entities';

function outputValueOf(
  output: OutputDesign,
  entities: Entities,
  repositories: ReadonlyMap<string, Repository>,
): string | undefined {
  if (output.value === 'keyArn') return entities.keys.get(output.key)?.keyArn;
  if (output.value === 'topicArn') return entities.topics.get(output.topic)?.topicArn;
  const repository = repositories.get(output.repository);
  return repository?.[output.value];
}

export function describeStack(stack: Stack, design: Design): void {
  if (design.stackDescription !== undefined)
    stack.templateOptions.description = design.stackDescription;
}

export function createOutputs(
  stack: Stack,
  design: Design,
  entities: Entities,
  repositories: ReadonlyMap<string, Repository>,
): void {
  for (const output of design.outputs ?? []) {
    const value = outputValueOf(output, entities, repositories);
    if (value === undefined) throw new Error(`output ${output.id} names no entity of the design`);
    const { description, exportName } = output;
    new cdk.CfnOutput(stack, output.id, defined({ value, description, exportName }));
  }
}
