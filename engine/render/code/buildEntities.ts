/** The statements of keys, principals, topics, queues and functions: everything before the repositories. */
import { entityListOf } from '../../cdk/constructNode';
import type { ConstructTree } from '../../cdk/constructTree';
import type { Design, FunctionDesign, KeyDesign, PrincipalDesign } from '../../design/designSchema';
import { keyProperties } from '../../design/properties/keyProperties';
import type { EntityList } from '../../design/stackConstructs';
import { childOf, defaultChildOf, resourceOptionStatements } from './buildResourceOptions';
import {
  bool,
  call,
  type Expression,
  newOf,
  type Statement,
  scope,
  statement,
  str,
  struct,
  typeOf,
  typeRef,
  unlessEmpty,
  variable,
} from './model';
import { tableProps } from './tableProps';
import { usedEntityVariables, type VariableNames } from './variableNames';

function keyExpression(key: KeyDesign): Expression {
  const id = str(key.id);
  if (key.keyArn !== undefined)
    return call(typeOf('kms', 'Key'), 'fromKeyArn', scope, id, str(key.keyArn));
  return newOf('kms', 'Key', scope, id, ...unlessEmpty(struct(tableProps(keyProperties, key))));
}

function principalExpression(principal: PrincipalDesign): Expression {
  const id = str(principal.id);
  switch (principal.type) {
    case 'User':
      return newOf('iam', 'User', scope, id);
    case 'Role': {
      const { service, account } = principal.assumedBy;
      const assumedBy =
        service !== undefined
          ? newOf('iam', 'ServicePrincipal', str(service))
          : newOf('iam', 'AccountPrincipal', str(account ?? ''));
      return newOf('iam', 'Role', scope, id, struct({ assumedBy }));
    }
    case 'Role.fromRoleArn':
      return call(typeOf('iam', 'Role'), 'fromRoleArn', scope, id, str(principal.roleArn));
    case 'AccountPrincipal':
      return newOf('iam', 'AccountPrincipal', str(principal.accountId));
    case 'AnyPrincipal':
      return newOf('iam', 'AnyPrincipal');
  }
}

function functionExpression(fn: FunctionDesign): Expression {
  const lambdaFunction = typeOf('lambda', 'Function');
  const arn = str(fn.functionArn);
  if (!fn.sameEnvironment) return call(lambdaFunction, 'fromFunctionArn', scope, str(fn.id), arn);
  const props = struct({ functionArn: arn, sameEnvironment: bool(true) });
  return call(lambdaFunction, 'fromFunctionAttributes', scope, str(fn.id), props);
}

function entityExpression(
  design: Design,
  list: Exclude<EntityList, 'repositories'>,
  index: number,
): Expression {
  switch (list) {
    case 'keys':
      return keyExpression(design.keys![index]!);
    case 'principals':
      return principalExpression(design.principals![index]!);
    case 'topics':
      return newOf('sns', 'Topic', scope, str(design.topics![index]!.id));
    case 'queues':
      return newOf('sqs', 'Queue', scope, str(design.queues![index]!.id));
    case 'functions':
      return functionExpression(design.functions![index]!);
  }
}

/**
 * What the design sets on an entity's resource: the logical ID a user, role, topic or queue keeps;
 * a new key's options, then its alias's (kms.Key makes it as its child `Alias`).
 */
function entityOptionStatements(
  design: Design,
  list: Exclude<EntityList, 'repositories'>,
  index: number,
  name: string,
): Statement[] {
  const own = (module: 'iam' | 'sns' | 'sqs', type: string, logicalId: string | undefined) =>
    resourceOptionStatements(defaultChildOf(variable(name), typeRef(module, type)), { logicalId });
  if (list === 'principals') {
    const principal = design.principals![index]!;
    if (principal.type === 'User') return own('iam', 'CfnUser', principal.logicalId);
    return principal.type === 'Role' ? own('iam', 'CfnRole', principal.logicalId) : [];
  }
  if (list === 'topics') return own('sns', 'CfnTopic', design.topics![index]!.logicalId);
  if (list === 'queues') return own('sqs', 'CfnQueue', design.queues![index]!.logicalId);
  if (list !== 'keys') return [];
  const key = design.keys![index]!;
  if (key.keyArn !== undefined) return [];
  const keyOptions = resourceOptionStatements(
    defaultChildOf(variable(name), typeRef('kms', 'CfnKey')),
    key,
  );
  if (key.alias === undefined || key.aliasLogicalId === undefined) return keyOptions;
  const alias = defaultChildOf(childOf(variable(name), 'Alias'), typeRef('kms', 'CfnAlias'));
  return [...keyOptions, ...resourceOptionStatements(alias, { logicalId: key.aliasLogicalId })];
}

/**
 * Each entry of the stack before the repositories, in the tree's order (principal values among
 * them); a variable only where later statements read it.
 */
export function entityStatements(
  design: Design,
  tree: ConstructTree,
  names: VariableNames,
): Statement[] {
  const used = usedEntityVariables(design, names);
  const seen = new Set<string>();
  return tree.entries.flatMap((entry) => {
    const list = entityListOf(entry);
    if (list === undefined || list === 'repositories') return [];
    // A repeated id is never read: CDK throws on it before the next statement runs.
    const key = `${list}/${entry.id}`;
    const variable = seen.has(key) ? undefined : names[list].get(entry.id);
    seen.add(key);
    const options =
      variable === undefined ? [] : entityOptionStatements(design, list, entry.index, variable);
    const declared =
      variable !== undefined && (used.has(variable) || options.length > 0) ? variable : undefined;
    return [statement(entityExpression(design, list, entry.index), declared), ...options];
  });
}
