/** The checks of the statements of a repository's resource policy. */
import type { RepositoryDesign } from '../design/designSchema';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { mergeStatements, type Statement, statementOf } from '../iam/policyDocument';
import { cdkError, synthError } from './phaseFindings';

const actionPattern = /^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$/;

/**
 * Construct phase: PolicyStatement.validatePolicyActions, where the first malformed action throws.
 */
export function actionErrors(actions: readonly string[] | undefined, path: FieldPath): Finding[] {
  const index = (actions ?? []).findIndex((action) => !actionPattern.test(action));
  if (index < 0) return [];
  return cdkError(
    FindingCode.actionInvalid,
    [...path, index],
    `Action '${actions![index]}' is invalid. An action string consists of a service namespace, a colon, and the name of an action. Action names can include wildcards.`,
  );
}

/** Construct phase: the actions of each statement of a repository's resource policy. */
export function statementConstructErrors(repo: RepositoryDesign, path: FieldPath): Finding[] {
  return (repo.resourcePolicy ?? []).flatMap((statement, index) =>
    actionErrors(statement.actions, [...path, 'resourcePolicy', index, 'actions']),
  );
}

/** PolicyStatement's message for a statement without actions, in any policy. */
export const noActionMessage =
  "A PolicyStatement must specify at least one 'action' or 'notAction'.";

/**
 * Node validation: PolicyStatement.validateForResourcePolicy, run on the statements as merged
 * when tokens resolved. `statements` is a repository's whole resource policy: its own
 * statements, then those grants add.
 */
export function resourcePolicyNodeValidation(statements: readonly Statement[]): Finding[] {
  return mergeStatements(statements.map(statementOf)).flatMap((statement) => {
    const findings: Finding[] = [];
    const at = (field: string) => [...(statement.path ?? []), field];
    if (statement.actions.length === 0)
      findings.push(
        synthError(FindingCode.statementWithoutActions, at('actions'), noActionMessage),
      );
    if (statement.principals.length === 0)
      findings.push(
        synthError(
          FindingCode.statementWithoutPrincipals,
          at('principals'),
          'A PolicyStatement used in a resource-based policy must specify at least one IAM principal.',
        ),
      );
    return findings;
  });
}

/**
 * CDK's own warning for a resource policy statement with resources (an annotation, not a throw).
 */
const noResourceStatementsWarning =
  'ECR resource policy does not allow resource statements. [ack: @aws-cdk/aws-ecr:noResourceStatements]';

/** Warning phase: CDK annotates each statement with resources. */
export function statementWarnings(repo: RepositoryDesign, path: FieldPath): Finding[] {
  return (repo.resourcePolicy ?? []).flatMap((statement, index) =>
    statement.resources?.length
      ? [
          {
            severity: 'warning' as const,
            origin: 'cdk' as const,
            code: FindingCode.resourceStatement,
            path: [...path, 'resourcePolicy', index, 'resources'],
            message: noResourceStatementsWarning,
          },
        ]
      : [],
  );
}
