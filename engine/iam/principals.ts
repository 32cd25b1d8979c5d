/** How each design principal acts in a policy statement and in a grant. */
import { type ConstructNode, entityResourceId } from '../cdk/constructNode';
import { accountRootArn, getAtt } from '../cdk/intrinsics';
import type { PrincipalDesign } from '../design/designSchema';
import type { StatementPrincipal } from './policyDocument';

/** Users and roles of the stack get identity policies only; imported roles get both; accounts and anyone, resource policies. */
export type GrantRoute = 'identity' | 'identity-and-resource' | 'resource';

export function grantRoute(principal: PrincipalDesign): GrantRoute {
  if (principal.type === 'User' || principal.type === 'Role') return 'identity';
  if (principal.type === 'Role.fromRoleArn') return 'identity-and-resource';
  return 'resource';
}

/** True when the principal is a construct (it takes a construct id in the stack). */
export function isConstructPrincipal(principal: PrincipalDesign): boolean {
  return principal.type !== 'AccountPrincipal' && principal.type !== 'AnyPrincipal';
}

/** `entities` are the stack's constructs, whose users and roles a statement names by ARN. */
export function statementPrincipal(
  principal: PrincipalDesign,
  entities: readonly ConstructNode[],
): StatementPrincipal {
  const identity = principal.id;
  switch (principal.type) {
    case 'User':
    case 'Role':
      return {
        kind: 'AWS',
        value: getAtt(entityResourceId(entities, 'principals', principal.id), 'Arn'),
        identity,
      };
    case 'Role.fromRoleArn':
      return {
        kind: 'AWS',
        value: principal.roleArn,
        dedupe: `ImportedRole:${principal.roleArn}`,
        identity,
      };
    case 'AccountPrincipal':
      // Each AccountPrincipal holds its own token, so two instances never compare equal.
      return {
        kind: 'AWS',
        value: accountRootArn(principal.accountId),
        dedupe: `AccountPrincipal#${principal.id}`,
        identity,
      };
    case 'AnyPrincipal':
      return { kind: 'AWS', value: '*', dedupe: 'ArnPrincipal:*', identity };
  }
}

/** The service principal event targets use, optionally with conditions (SQS). */
export function eventsPrincipal(conditions?: unknown): StatementPrincipal {
  const dedupe = `ServicePrincipal:events.amazonaws.com:${JSON.stringify(conditions ?? {})}`;
  return { kind: 'Service', value: 'events.amazonaws.com', dedupe, identity: dedupe };
}
