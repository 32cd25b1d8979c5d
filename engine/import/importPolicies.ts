/**
 * Import of permissions from a CDK-synthesized template: identity policies of the stack's users
 * and roles become grants; a repository's RepositoryPolicyText becomes its resource policy
 * statements. Statements that fit neither are warnings.
 */

import type { GrantDesign, PolicyStatementDesign, PrincipalDesign } from '../design/entitySchemas';
import { isPlainObject } from '../design/schemaKit';
import { type Finding, joinPath } from '../findings';
import { accountOf, type ImportedEntities, referencedLogicalId } from './importEntities';
import { importWarning } from './importLifecyclePolicy';

type Resource = Record<string, unknown> & { Type?: unknown; Properties?: Record<string, unknown> };
type Statement = Record<string, unknown>;
const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const pull = ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'];
const push = [
  'ecr:CompleteLayerUpload',
  'ecr:UploadLayerPart',
  'ecr:InitiateLayerUpload',
  'ecr:BatchCheckLayerAvailability',
  'ecr:PutImage',
];
const read = ['ecr:DescribeRepositories', 'ecr:DescribeImages'];
const token = 'ecr:GetAuthorizationToken';
const publicToken = ['ecr-public:GetAuthorizationToken', 'sts:GetServiceBearerToken'];

function statementsOf(document: unknown): Statement[] {
  return isPlainObject(document) && Array.isArray(document.Statement)
    ? document.Statement.filter(isPlainObject)
    : [];
}

/**
 * The grants of one principal. Pull and push grants add the token statement themselves; an
 * explicit AuthorizationToken grant is kept when the token statement comes first (its place in
 * the policy) or stands alone; CDK drops the duplicate statement otherwise.
 */
function grantsFor(
  principal: string,
  byRepository: Map<string, Set<string>>,
  starActions: Set<string>,
  tokenFirst: boolean,
): GrantDesign[] {
  const grants: GrantDesign[] = [];
  let pullOrPush = false;
  for (const [repository, actions] of byRepository) {
    const has = (list: string[]) => list.every((a) => actions.has(a));
    const take = (list: string[]) => {
      for (const action of list) actions.delete(action);
    };
    if (has(pull) && has(push)) grants.push({ grant: 'grantPullPush', repository, principal });
    else if (has(pull)) grants.push({ grant: 'grantPull', repository, principal });
    else if (has(push)) grants.push({ grant: 'grantPush', repository, principal });
    if (has(pull) || has(push)) pullOrPush = true;
    if (has(pull)) take(pull);
    if (has(push)) take(push);
    if (has(read)) {
      grants.push({ grant: 'grantRead', repository, principal });
      take(read);
    }
    if (actions.size > 0)
      grants.push({ grant: 'grant', repository, principal, actions: [...actions] });
  }
  if (starActions.has(token) && (tokenFirst || !pullOrPush))
    grants.unshift({ grant: 'AuthorizationToken.grantRead', principal });
  if (publicToken.every((a) => starActions.has(a)))
    grants.push({ grant: 'PublicGalleryAuthorizationToken.grantRead', principal });
  return grants;
}

/** Grants from the DefaultPolicy of each user and role the import knows. */
export function importGrants(
  resources: Record<string, Resource>,
  repositoryIds: Map<string, string>,
  entities: ImportedEntities,
  findings: Finding[],
): GrantDesign[] {
  const grants: GrantDesign[] = [];
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (resource.Type !== 'AWS::IAM::Policy') continue;
    const path = joinPath('Resources', logicalId);
    const owners = [...asList(resource.Properties?.Users), ...asList(resource.Properties?.Roles)];
    const principal =
      owners.length === 1 ? entities.idOf.get(referencedLogicalId(owners[0]) ?? '') : undefined;
    if (principal === undefined) {
      findings.push(
        importWarning(
          path,
          'only the policy of one user or role of this template can be imported as grants; left out',
        ),
      );
      entities.handled.add(logicalId);
      continue;
    }
    const byRepository = new Map<string, Set<string>>();
    const starActions = new Set<string>();
    let tokenFirst = false;
    const understood = statementsOf(resource.Properties?.PolicyDocument).every((statement) => {
      if (
        statement.Effect !== 'Allow' ||
        statement.Condition !== undefined ||
        statement.Principal !== undefined
      )
        return false;
      const actions = asList(statement.Action).filter((a): a is string => typeof a === 'string');
      return asList(statement.Resource).every((target) => {
        if (target === '*') {
          if (byRepository.size === 0 && actions.includes(token)) tokenFirst = true;
          for (const action of actions) starActions.add(action);
          return true;
        }
        const repository = repositoryIds.get(referencedLogicalId(target) ?? '');
        if (repository === undefined) return false;
        const set = byRepository.get(repository) ?? new Set<string>();
        for (const action of actions) set.add(action);
        byRepository.set(repository, set);
        return true;
      });
    });
    const extraStar = [...starActions].filter((a) => a !== token && !publicToken.includes(a));
    if (!understood || extraStar.length > 0) {
      findings.push(
        importWarning(
          joinPath(path, 'Properties.PolicyDocument'),
          'statements other than grants on this template’s repositories cannot be imported; the policy is left out',
        ),
      );
      entities.handled.add(logicalId);
      continue;
    }
    grants.push(...grantsFor(principal, byRepository, starActions, tokenFirst));
    entities.handled.add(logicalId);
  }
  return grants;
}

/** The principal ids of a statement's Principal, adding account and any principals as needed. */
const importedRoleArn = /^arn:aws[a-z-]*:iam::[0-9]{12}:role\/([A-Za-z0-9+=,.@_-]{1,64})$/;

function principalIds(
  principal: unknown,
  entities: ImportedEntities,
  added: PrincipalDesign[],
): string[] | undefined {
  if (!isPlainObject(principal) || Object.keys(principal).some((k) => k !== 'AWS'))
    return undefined;
  const ids = asList(principal.AWS).map((value) => {
    const inStack = entities.idOf.get(referencedLogicalId(value) ?? '');
    if (inStack) return inStack;
    const account = accountOf(value);
    const roleName = typeof value === 'string' ? importedRoleArn.exec(value)?.[1] : undefined;
    // An imported role's construct id shows only in identity policies; here its name serves.
    const wanted: PrincipalDesign | undefined =
      value === '*'
        ? { type: 'AnyPrincipal', id: 'Anyone' }
        : account
          ? { type: 'AccountPrincipal', id: `Account${account}`, accountId: account }
          : roleName
            ? { type: 'Role.fromRoleArn', id: roleName, roleArn: value as string }
            : undefined;
    if (!wanted) return undefined;
    if (!added.some((p) => p.id === wanted.id)) added.push(wanted);
    return wanted.id;
  });
  return ids.every((id) => id !== undefined) ? (ids as string[]) : undefined;
}

/** A repository's RepositoryPolicyText as resource policy statements. */
export function importResourcePolicy(
  document: unknown,
  path: string,
  entities: ImportedEntities,
  added: PrincipalDesign[],
  findings: Finding[],
): PolicyStatementDesign[] {
  return statementsOf(document).flatMap((statement, index) => {
    const principals = principalIds(statement.Principal, entities, added);
    const known = Object.keys(statement).every((k) =>
      ['Action', 'Condition', 'Effect', 'Principal', 'Resource'].includes(k),
    );
    if (!principals || !known || (statement.Effect !== 'Allow' && statement.Effect !== 'Deny')) {
      findings.push(
        importWarning(
          joinPath(joinPath(path, 'Statement'), index),
          'only statements with account, any or this template’s user and role principals can be imported; left out',
        ),
      );
      return [];
    }
    const out: PolicyStatementDesign = {};
    if (statement.Effect === 'Deny') out.effect = 'DENY';
    out.principals = principals;
    const actions = asList(statement.Action).filter((a): a is string => typeof a === 'string');
    if (actions.length > 0) out.actions = actions;
    if (isPlainObject(statement.Condition))
      out.conditions = statement.Condition as PolicyStatementDesign['conditions'];
    const resources = asList(statement.Resource).filter((r): r is string => typeof r === 'string');
    if (resources.length > 0) out.resources = resources;
    return [out];
  });
}
