/**
 * A repository's RepositoryPolicyText read back as resource policy statements, less what the
 * grants to roles imported by ARN put there. Statements that cannot be represented are warnings.
 */

import {
  type GrantDesign,
  type PolicyStatementDesign,
  type PrincipalDesign,
  roleArnPattern,
} from '../design/entitySchemas';
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import { repositoryGrantActionsOf } from '../iam/stackPolicies';
import type { ImportedEntities } from './importedEntities';
import { accountOf } from './importPrincipals';
import { asList, statementsOf } from './policyDocuments';
import { referencedLogicalId } from './templateValues';

/**
 * The actions each role imported by ARN is granted on one repository: its grants add them to
 * the repository's policy too.
 */
export function importedRoleActions(
  grants: readonly GrantDesign[],
  repository: string,
  principals: readonly PrincipalDesign[],
): Map<string, Set<string>> {
  const granted = new Map<string, Set<string>>();
  for (const grant of grants) {
    if (!('repository' in grant) || grant.repository !== repository) continue;
    const principal = principals.find((p) => p.id === grant.principal);
    if (principal?.type !== 'Role.fromRoleArn') continue;
    const actions = repositoryGrantActionsOf(grant);
    granted.set(principal.id, new Set([...(granted.get(principal.id) ?? []), ...actions]));
  }
  return granted;
}

/**
 * Each AccountPrincipal is its own token to CDK, so two of them never merge: an account in
 * several statements of one policy that CDK left apart came from as many principals. The k-th
 * statement naming an account in a policy gets the k-th principal of that account.
 */
function accountPrincipalId(account: string, accountsSeen: Map<string, number>): string {
  const occurrence = (accountsSeen.get(account) ?? 0) + 1;
  accountsSeen.set(account, occurrence);
  return `Account${account}${occurrence > 1 ? occurrence : ''}`;
}

/** The principal ids of a statement's Principal, adding account and any principals as needed. */
function principalIds(
  principal: unknown,
  entities: ImportedEntities,
  added: PrincipalDesign[],
  accountsSeen: Map<string, number>,
): string[] | undefined {
  if (!isPlainObject(principal) || Object.keys(principal).some((k) => k !== 'AWS'))
    return undefined;
  const ids = asList(principal.AWS).map((value) => {
    const known =
      entities.idOf.get(referencedLogicalId(value) ?? '') ??
      entities.principals.find((p) => p.type === 'Role.fromRoleArn' && p.roleArn === value)?.id;
    if (known) return known;
    const account = accountOf(value);
    const roleName = typeof value === 'string' ? roleArnPattern.exec(value)?.[1] : undefined;
    // A role imported by ARN with no grants leaves only its ARN: its name serves as its id.
    const wanted: PrincipalDesign | undefined =
      value === '*'
        ? { type: 'AnyPrincipal', id: 'Anyone' }
        : account
          ? {
              type: 'AccountPrincipal',
              id: accountPrincipalId(account, accountsSeen),
              accountId: account,
            }
          : roleName
            ? { type: 'Role.fromRoleArn', id: roleName, roleArn: value as string }
            : undefined;
    if (!wanted) return undefined;
    if (!added.some((p) => p.id === wanted.id)) added.push(wanted);
    return wanted.id;
  });
  return ids.every((id) => id !== undefined) ? (ids as string[]) : undefined;
}

/**
 * Takes out what grants to roles imported by ARN put in a statement (CDK merges their statements
 * with the design's): a statement they cover entirely goes, one role's statement keeps only the
 * actions its grants do not add.
 */
function withoutGrantedActions(
  statement: PolicyStatementDesign,
  granted: ReadonlyMap<string, ReadonlySet<string>>,
): PolicyStatementDesign | undefined {
  const { effect, conditions, resources, principals = [], actions } = statement;
  if (effect || conditions || resources || !actions || principals.length === 0) return statement;
  if (principals.every((id) => actions.every((a) => granted.get(id)?.has(a)))) return undefined;
  const own = principals.length === 1 ? granted.get(principals[0]!) : undefined;
  return own ? { ...statement, actions: actions.filter((a) => !own.has(a)) } : statement;
}

/**
 * Grants' statements follow the design's own, so only a trailing run of statements that grants
 * cover can go; a covered statement before one of the design's own stays whole (CDK merges the
 * grants' statements into it, which gives it back unchanged).
 */
function withoutGrantedStatements(
  statements: readonly PolicyStatementDesign[],
  granted: ReadonlyMap<string, ReadonlySet<string>>,
): PolicyStatementDesign[] {
  const own = statements.map((statement) => withoutGrantedActions(statement, granted));
  let end = own.length;
  while (end > 0 && own[end - 1] === undefined) end--;
  return own.flatMap((statement, i) => (statement ? [statement] : i < end ? [statements[i]!] : []));
}

/**
 * A repository's RepositoryPolicyText as resource policy statements. `principalOptional`: the
 * policy is an L1's JSON string (a creation template's), which CDK writes with or without a
 * Principal, so a statement without one comes back as one (ECR's check then says what it says);
 * a repository's policy goes through CDK's PolicyStatement, which refuses that.
 */
export function importResourcePolicy(
  document: unknown,
  path: FieldPath,
  entities: ImportedEntities,
  added: PrincipalDesign[],
  granted: ReadonlyMap<string, ReadonlySet<string>>,
  findings: Finding[],
  principalOptional = false,
): PolicyStatementDesign[] {
  const accountsSeen = new Map<string, number>();
  const statements = statementsOf(document).flatMap((statement, index) => {
    const principals =
      principalOptional && statement.Principal === undefined
        ? []
        : principalIds(statement.Principal, entities, added, accountsSeen);
    const known = Object.keys(statement).every((k) =>
      ['Action', 'Condition', 'Effect', 'Principal', 'Resource'].includes(k),
    );
    if (!principals || !known || (statement.Effect !== 'Allow' && statement.Effect !== 'Deny')) {
      findings.push(
        designWarning(
          FindingCode.statementUnsupported,
          [...path, 'Statement', index],
          'only statements with account, any or this template’s user and role principals can be imported; left out',
        ),
      );
      return [];
    }
    const out: PolicyStatementDesign = {};
    if (statement.Effect === 'Deny') out.effect = 'DENY';
    if (principals.length > 0 || !principalOptional) out.principals = principals;
    const actions = asList(statement.Action).filter((a): a is string => typeof a === 'string');
    if (actions.length > 0) out.actions = actions;
    if (isPlainObject(statement.Condition))
      out.conditions = statement.Condition as PolicyStatementDesign['conditions'];
    const resources = asList(statement.Resource).filter((r): r is string => typeof r === 'string');
    if (resources.length > 0) out.resources = resources;
    return [out];
  });
  return withoutGrantedStatements(statements, granted);
}

/**
 * Grants to roles imported by ARN add their statements to a repository's policy in grant order,
 * across principals, which the identity policies the grants were read from do not give: the
 * grants on this repository are put (in their places) in the order its policy lists them.
 */
export function orderAsResourcePolicy(
  grants: GrantDesign[],
  repository: string,
  document: unknown,
  principals: readonly PrincipalDesign[],
): void {
  const statements = statementsOf(document);
  const placeOf = (grant: GrantDesign) => {
    if (!('repository' in grant) || grant.repository !== repository) return -1;
    const principal = principals.find((p) => p.id === grant.principal);
    if (principal?.type !== 'Role.fromRoleArn') return -1;
    const actions = repositoryGrantActionsOf(grant);
    return statements.findIndex(
      (s) =>
        isPlainObject(s.Principal) &&
        asList(s.Principal.AWS).includes(principal.roleArn) &&
        actions.every((a) => asList(s.Action).includes(a)),
    );
  };
  const slots = grants.flatMap((grant, i) => (placeOf(grant) >= 0 ? [i] : []));
  const ordered = slots.map((i) => grants[i]!).sort((a, b) => placeOf(a) - placeOf(b));
  slots.forEach((slot, k) => {
    grants[slot] = ordered[k]!;
  });
}
