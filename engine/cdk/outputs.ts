/**
 * The template's Outputs, as aws-cdk-lib's CfnOutput writes them: `{ Description, Value,
 * Export: { Name } }` under the output's logical ID (its id stripped to alphanumerics), in
 * construct order. Each value is the attribute's token as the L2 resolves it.
 */
import type { Design, KeyDesign } from '../design/designSchema';
import type { OutputDesign } from '../design/outputSchema';
import { dropUndefined } from '../util/dropUndefined';
import { entityNode, entityResourceId } from './constructNode';
import type { ConstructTree } from './constructTree';
import { keyArnOf } from './entityResources';
import { getAtt, type Json, ref } from './intrinsics';

/** repository.repositoryUri: `<account>.dkr.ecr.<region>.<URLSuffix>/<name>`, from the ARN. */
export function repositoryUri(logicalId: string): Json {
  const arnPart = (index: number) => ({
    'Fn::Select': [index, { 'Fn::Split': [':', getAtt(logicalId, 'Arn')] }],
  });
  return {
    'Fn::Join': [
      '',
      [arnPart(4), '.dkr.ecr.', arnPart(3), '.', { Ref: 'AWS::URLSuffix' }, '/', ref(logicalId)],
    ],
  };
}

/** The value an output exports; an unknown reference (a design error) still gives one. */
export function outputValue(design: Design, tree: ConstructTree, output: OutputDesign): Json {
  const nodes = tree.children;
  switch (output.value) {
    case 'keyArn': {
      const node = entityNode(nodes, 'keys', output.key);
      const key: KeyDesign | undefined = node && design.keys?.[node.index];
      return node && key
        ? keyArnOf(key, node)
        : getAtt(entityResourceId(nodes, 'keys', output.key), 'Arn');
    }
    case 'topicArn':
      return ref(entityResourceId(nodes, 'topics', output.topic));
    default: {
      const logicalId = entityResourceId(nodes, 'repositories', output.repository);
      if (output.value === 'repositoryArn') return getAtt(logicalId, 'Arn');
      return output.value === 'repositoryName' ? ref(logicalId) : repositoryUri(logicalId);
    }
  }
}

/** The Outputs section's entries, by logical ID, in construct order (none: undefined). */
export function stackOutputs(
  design: Design,
  tree: ConstructTree,
): Record<string, object> | undefined {
  const nodes = tree.children.filter((node) => node.kind === 'output');
  if (nodes.length === 0) return undefined;
  const entries: Record<string, object> = {};
  for (const node of nodes) {
    const output = design.outputs![node.index]!;
    // CDK merges a second output of one logical ID as an error (checks/outputs.ts); the first stays.
    if (Object.hasOwn(entries, node.logicalId!)) continue;
    entries[node.logicalId!] = dropUndefined({
      Description: output.description,
      Value: outputValue(design, tree, output),
      Export: output.exportName === undefined ? undefined : { Name: output.exportName },
    });
  }
  return entries;
}
