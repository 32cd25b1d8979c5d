/**
 * stackCode(design): the statement model of the stack module, built once for both languages.
 * Construct order decides template order: the entities (stackEntities), each repository with its
 * rules, tags, event rules and resource policy (repositoryStatements), then the grants.
 */
import { type Design, defaultStackName } from '../../design/designSchema';
import { entityStatements } from './buildEntities';
import { grantStatements } from './buildPolicies';
import { repositoryStatements } from './buildRepository';
import type { StackCode } from './model';
import { repositoryNames, variableNames } from './variableNames';

export function stackCode(design: Design): StackCode {
  const names = variableNames(design);
  return {
    className: design.stackName ?? defaultStackName,
    entities: entityStatements(design, names),
    repositories: design.repositories.map((repository, index) =>
      repositoryStatements(repository, repositoryNames(design, index, names)),
    ),
    grants: grantStatements(design, names),
  };
}
