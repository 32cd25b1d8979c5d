/**
 * What aws-cdk-lib throws for keys, principals, targets, event rules, resource policy
 * statements and grants: at construction (`cdk`) and in the node validations of
 * `app.synth()` (`cdk-synth`, reported together in construct-tree order).
 */

import { type ConstructNode, entityKinds } from '../cdk/constructNode';
import type { ConstructTree } from '../cdk/constructTree';
import { aliasNameOf } from '../cdk/entityResources';
import { uniqueIdError } from '../cdk/generatedNames';
import { emptyUniqueIdError, uniqueIdComponents } from '../cdk/logicalId';
import type { Design, KeyDesign, RepositoryDesign } from '../design/designSchema';
import type { EventRuleDesign } from '../design/entitySchemas';
import { type Finding, joinPath } from '../findings';
import { mergeStatements, type Statement, statementOf } from '../iam/policyDocument';
import { duplicateIdError } from './repository';

function cdkError(path: string, message: string | undefined): Finding[] {
  return message === undefined ? [] : [{ severity: 'error', origin: 'cdk', path, message }];
}

/** kms.Alias's checks of the alias name, after 'alias/' is prepended. */
export function aliasError(alias: string): string | undefined {
  const name = aliasNameOf(alias);
  if (name === 'alias/') return `Alias must include a value after "alias/": ${name}`;
  if (name.toLocaleLowerCase().startsWith('alias/aws/'))
    return `Alias cannot start with alias/aws/: ${name}`;
  if (!/^[a-zA-Z0-9:/_-]{1,256}$/.test(name))
    return 'Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-';
  return undefined;
}

export function keyConstructErrors(
  key: KeyDesign,
  path: string,
  stackName: string,
  siblingIds: readonly string[],
): Finding[] {
  return [
    ...cdkError(joinPath(path, 'id'), duplicateIdError(key.id, stackName, siblingIds)),
    ...cdkError(
      joinPath(path, 'removalPolicy'),
      key.removalPolicy === 'SNAPSHOT'
        ? 'AWS::KMS::Key does not support snapshot removal policy'
        : undefined,
    ),
    ...cdkError(
      joinPath(path, 'alias'),
      key.alias === undefined ? undefined : aliasError(key.alias),
    ),
  ];
}

/** A top-level construct other than a key or repository: only its id can clash. */
export function idConstructErrors(
  id: string,
  path: string,
  stackName: string,
  siblingIds: readonly string[],
): Finding[] {
  return cdkError(joinPath(path, 'id'), duplicateIdError(id, stackName, siblingIds));
}

const actionPattern = /^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$/;

/** PolicyStatement.validatePolicyActions: the first malformed action throws. */
export function actionErrors(actions: readonly string[] | undefined, path: string): Finding[] {
  const index = (actions ?? []).findIndex((action) => !actionPattern.test(action));
  if (index < 0) return [];
  return cdkError(
    joinPath(path, index),
    `Action '${actions![index]}' is invalid. An action string consists of a service namespace, a colon, and the name of an action. Action names can include wildcards.`,
  );
}

/**
 * targets.LambdaFunction names the permission after Names.nodeUniqueId of the rule and of the
 * function, whether or not it adds one: all-`Default` paths throw.
 */
function functionTargetErrors(rule: EventRuleDesign, node: ConstructNode): Finding[] {
  const ruleUnique = uniqueIdComponents(node.path).length > 0;
  const stackName = node.path[0]!;
  return (rule.targets ?? []).flatMap((target, index) => {
    if (target.function === undefined) return [];
    const message = ruleUnique ? uniqueIdError(stackName, target.function) : emptyUniqueIdError;
    const targetPath = joinPath(joinPath(node.designPath, 'targets'), index);
    return cdkError(joinPath(targetPath, 'function'), message);
  });
}

/**
 * Event rules are children of the repository (`node`), after its 'Resource', each checked
 * against the children before it; then their targets are added.
 */
export function eventRuleConstructErrors(repo: RepositoryDesign, node: ConstructNode): Finding[] {
  const storedIds = node.children.map((child) => child.path[child.path.length - 1]!);
  return node.children.flatMap((child, index) => {
    if (child.kind !== 'eventRule') return [];
    const stored = storedIds[index]!;
    const taken = stored in Object.prototype || storedIds.slice(0, index).includes(stored);
    const message = taken
      ? `There is already a Construct with name '${stored}' in Repository2 [${node.path[1]}]`
      : undefined;
    return [
      ...cdkError(joinPath(child.designPath, 'id'), message),
      ...functionTargetErrors(repo.eventRules![child.index]!, child),
    ];
  });
}

export function statementConstructErrors(repo: RepositoryDesign, path: string): Finding[] {
  return (repo.resourcePolicy ?? []).flatMap((statement, index) =>
    actionErrors(
      statement.actions,
      joinPath(joinPath(joinPath(path, 'resourcePolicy'), index), 'actions'),
    ),
  );
}

/**
 * A grant's statement checks its actions, then goes to the principal: an imported role's first
 * one names its policy after Names.uniqueId of the role (generatedNames.ts).
 */
export function grantConstructErrors(design: Design, stackName: string): Finding[] {
  const named = new Set<string>();
  return (design.grants ?? []).flatMap((grant, index) => {
    const path = joinPath('grants', index);
    const findings =
      grant.grant === 'grant' ? actionErrors(grant.actions, joinPath(path, 'actions')) : [];
    const principal = design.principals?.find((p) => p.id === grant.principal);
    if (principal?.type !== 'Role.fromRoleArn' || named.has(principal.id)) return findings;
    named.add(principal.id);
    const message = uniqueIdError(stackName, principal.id);
    return [...findings, ...cdkError(joinPath(path, 'principal'), message)];
  });
}

function synthError(path: string, message: string): Finding {
  return { severity: 'error', origin: 'cdk-synth', path, message };
}

const noActionMessage = "A PolicyStatement must specify at least one 'action' or 'notAction'.";

/**
 * Policy.validate of each user's, role's and imported role's policy (validateForIdentityPolicy,
 * on the merged statements), in construct-tree order: principals come before repositories.
 */
export function identityNodeValidation(tree: ConstructTree): Finding[] {
  return tree.children.flatMap((principal) => {
    if (!entityKinds.principals.includes(principal.kind)) return [];
    const statements = (tree.policies.identity.get(principal.id) ?? []).map(statementOf);
    return mergeStatements(statements)
      .filter((statement) => statement.actions.length === 0)
      .map((statement) => synthError(joinPath(statement.path ?? '', 'actions'), noActionMessage));
  });
}

/** PolicyStatement.validateForResourcePolicy, run on the statements as merged when tokens resolved. */
function statementValidation(statements: readonly Statement[]): Finding[] {
  return mergeStatements(statements.map(statementOf)).flatMap((statement) => {
    const findings: Finding[] = [];
    const at = (field: string) => joinPath(statement.path ?? '', field);
    if (statement.actions.length === 0) findings.push(synthError(at('actions'), noActionMessage));
    if (statement.principals.length === 0)
      findings.push(
        synthError(
          at('principals'),
          'A PolicyStatement used in a resource-based policy must specify at least one IAM principal.',
        ),
      );
    return findings;
  });
}

function ruleValidation(rule: EventRuleDesign, path: string): Finding[] {
  const findings: Finding[] = [];
  const name = rule.ruleName;
  if (name !== undefined) {
    if (name.length < 1 || name.length > 64)
      findings.push(
        synthError(
          joinPath(path, 'ruleName'),
          `Event rule name must be between 1 and 64 characters. Received: ${name}`,
        ),
      );
    if (!/^[.\-_A-Za-z0-9]+$/.test(name))
      findings.push(
        synthError(
          joinPath(path, 'ruleName'),
          `Event rule name ${name} can contain only letters, numbers, periods, hyphens, or underscores with no spaces.`,
        ),
      );
  }
  if ((rule.targets?.length ?? 0) > 5)
    findings.push(
      synthError(joinPath(path, 'targets'), 'Event rule cannot have more than 5 targets.'),
    );
  return findings;
}

/**
 * The node validations of one repository and its event rules, in construct-tree order.
 * `statements` is its whole resource policy: its own statements, then those grants add.
 */
export function repositoryNodeValidation(
  repo: RepositoryDesign,
  path: string,
  statements: readonly Statement[],
): Finding[] {
  return [
    ...statementValidation(statements),
    ...(repo.eventRules ?? []).flatMap((rule, index) =>
      ruleValidation(rule, joinPath(joinPath(path, 'eventRules'), index)),
    ),
  ];
}

/** CDK's own warning for a resource policy statement with resources (an annotation, not a throw). */
export const noResourceStatementsWarning =
  'ECR resource policy does not allow resource statements. [ack: @aws-cdk/aws-ecr:noResourceStatements]';

export function statementWarnings(repo: RepositoryDesign, path: string): Finding[] {
  return (repo.resourcePolicy ?? []).flatMap((statement, index) =>
    statement.resources?.length
      ? [
          {
            severity: 'warning' as const,
            origin: 'cdk' as const,
            path: joinPath(joinPath(joinPath(path, 'resourcePolicy'), index), 'resources'),
            message: noResourceStatementsWarning,
          },
        ]
      : [],
  );
}

/** targets.LambdaFunction adds no permission for a function imported by ARN alone (CDK only annotates it). */
export function functionTargetWarnings(design: Design): Finding[] {
  const lonely = new Set(
    (design.functions ?? []).filter((f) => !f.sameEnvironment).map((f) => f.id),
  );
  return design.repositories.flatMap((repo, r) =>
    (repo.eventRules ?? []).flatMap((rule, i) =>
      (rule.targets ?? []).flatMap((target, t) =>
        target.function !== undefined && lonely.has(target.function)
          ? [
              {
                severity: 'warning' as const,
                origin: 'designer' as const,
                path: `repositories[${r}].eventRules[${i}].targets[${t}].function`,
                message: `CDK adds no permission for EventBridge to invoke '${target.function}': the function is imported by ARN only. Set sameEnvironment if it is in the stack's account and region, or allow events.amazonaws.com in the function's own policy.`,
              },
            ]
          : [],
      ),
    ),
  );
}
