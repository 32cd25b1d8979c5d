/** The statements of resource policy statements and grants. */
import type { Design, PolicyStatementDesign } from '../../design/designSchema';
import {
  call,
  type Expression,
  enumMember,
  ifSet,
  list,
  map,
  newOf,
  type Statement,
  statement,
  str,
  strings,
  struct,
  typeOf,
  variable,
} from './model';
import type { VariableNames } from './variableNames';

function conditions(operators: NonNullable<PolicyStatementDesign['conditions']>): Expression {
  return map(
    Object.entries(operators).map(([operator, keys]) => [
      operator,
      map(
        Object.entries(keys).map(([key, value]) => [
          key,
          typeof value === 'string' ? str(value) : strings(value),
        ]),
      ),
    ]),
  );
}

/** `new iam.PolicyStatement({...})` of a design statement (principals that resolve only). */
export function policyStatementExpression(
  policy: PolicyStatementDesign,
  names: Pick<VariableNames, 'principals'>,
): Expression {
  const principals = (ids: string[]) =>
    list(ids.flatMap((id) => names.principals.get(id) ?? []).map(variable));
  const props = struct({
    effect: ifSet(policy.effect, (e) => enumMember('iam', 'Effect', e)),
    principals: ifSet(policy.principals, principals),
    actions: ifSet(policy.actions, strings),
    conditions: ifSet(policy.conditions, conditions),
    resources: ifSet(policy.resources, strings),
  });
  return newOf('iam', 'PolicyStatement', props);
}

export function resourcePolicyStatement(
  policy: PolicyStatementDesign,
  repository: Expression,
  names: Pick<VariableNames, 'principals'>,
): Statement {
  return statement(
    call(repository, 'addToResourcePolicy', policyStatementExpression(policy, names)),
  );
}

/** The grants whose principal (and repository) exist, after every construct. */
export function grantStatements(design: Design, names: VariableNames): Statement[] {
  return (design.grants ?? []).flatMap((grant) => {
    const principal = names.principals.get(grant.principal);
    if (!principal) return [];
    if (!('repository' in grant)) {
      const [token, method] = grant.grant.split('.') as [string, string];
      return [statement(call(typeOf('ecr', token), method, variable(principal)))];
    }
    const repository = names.repositories.get(grant.repository);
    if (!repository) return [];
    const actions = grant.grant === 'grant' ? grant.actions.map(str) : [];
    return [statement(call(variable(repository), grant.grant, variable(principal), ...actions))];
  });
}
