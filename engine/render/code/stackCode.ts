/**
 * stackCode(design): the statement model of the stack module, built once for both languages
 * from the construct tree, whose order is the code's: the entries before the repositories, each
 * repository with its rules, tags, event rules and resource policy (repositoryStatements), then
 * the grants, then the logical IDs kept for the policies they and the event targets made (the
 * overflow policies' renamed); the
 * description first and the outputs last.
 */
import { constructTree, repositoryNodes } from '../../cdk/constructTree';
import type { Design } from '../../design/designSchema';
import { entityStatements } from './buildEntities';
import { keptOverflowStatements, keptPolicyStatements } from './buildKeptPolicies';
import { descriptionStatements, outputStatements } from './buildOutputs';
import { grantStatements } from './buildPolicies';
import { registryStatements } from './buildRegistry';
import { repositoryStatements } from './buildRepository';
import type { StackCode } from './model';
import { repositoryNames, variableNames } from './variableNames';

export function stackCode(design: Design): StackCode {
  const tree = constructTree(design);
  const names = variableNames(design, tree);
  return {
    className: tree.stackName,
    stack: descriptionStatements(design),
    entities: entityStatements(design, tree, names),
    repositories: repositoryNodes(tree).map((node) =>
      repositoryStatements(design.repositories[node.index]!, repositoryNames(design, node, names)),
    ),
    registry: registryStatements(design, tree, names),
    grants: [
      ...grantStatements(design, names),
      ...keptPolicyStatements(design, tree, names),
      ...keptOverflowStatements(tree),
    ],
    outputs: outputStatements(design, names),
  };
}
