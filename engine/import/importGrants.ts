/**
 * Grants read back from identity policies: the DefaultPolicy of the stack's users and roles (with
 * the overflow policies CDK splits off a large one) and the policy CDK attaches to a role
 * imported by ARN. A policy with statements that are not grants
 * on this template's repositories is a warning.
 */

import type { GrantDesign } from '../design/entitySchemas';
import { designWarning, type Finding, FindingCode } from '../findings';
import { repositoryGrantActions, tokenActions } from '../iam/stackPolicies';
import type { ImportedEntities } from './importedEntities';
import { importOverflowPolicies } from './importOverflowPolicies';
import { asList, statementsOf } from './policyDocuments';
import { referencedLogicalId, type TemplateResource } from './templateValues';

const { grantPull: pull, grantPush: push, grantRead: read } = repositoryGrantActions;
const token = tokenActions['AuthorizationToken.grantRead'][0];
const publicToken: readonly string[] = tokenActions['PublicGalleryAuthorizationToken.grantRead'];

/** The grants that give one principal these actions on one repository. */
function repositoryGrants(
  principal: string,
  repository: string,
  actions: Set<string>,
): GrantDesign[] {
  const has = (list: readonly string[]) => list.every((a) => actions.has(a));
  const take = (list: readonly string[]) => {
    for (const action of list) actions.delete(action);
  };
  const grants: GrantDesign[] = [];
  const [pulls, pushes] = [has(pull), has(push)];
  if (pulls && pushes) grants.push({ grant: 'grantPullPush', repository, principal });
  else if (pulls) grants.push({ grant: 'grantPull', repository, principal });
  else if (pushes) grants.push({ grant: 'grantPush', repository, principal });
  if (pulls) take(pull);
  if (pushes) take(push);
  if (has(read)) {
    grants.push({ grant: 'grantRead', repository, principal });
    take(read);
  }
  if (actions.size > 0)
    grants.push({ grant: 'grant', repository, principal, actions: [...actions] });
  return grants;
}

const isPullOrPush = (grant: GrantDesign) =>
  grant.grant === 'grantPull' || grant.grant === 'grantPush' || grant.grant === 'grantPullPush';

/**
 * The grants of one principal, statement by statement and repository by repository in the order
 * of its policy: CDK merges each statement into the first one it combines with, so this order
 * merges back into the same policy. A pull or push grant adds the token statement right after
 * its own, so that statement (at `starAt`) decides where they go: those of earlier repositories
 * that have other grants too move just before it, and merge back into their repository's
 * statement. An explicit AuthorizationToken grant is needed only when no pull or push grant
 * comes early enough to add the token statement, and no public gallery grant puts it there.
 */
function grantsFor(
  principal: string,
  onRepositories: readonly { repository: string; actions: Set<string> }[],
  starActions: Set<string>,
  starAt: number,
): GrantDesign[] {
  const units = onRepositories.map(({ repository, actions }) =>
    repositoryGrants(principal, repository, actions),
  );
  const before = units.slice(0, starAt);
  const movable = (grants: GrantDesign[], i: number) =>
    i < before.length - 1 && grants.some((g) => !isPullOrPush(g));
  const inPlace = before.flatMap((grants, i) =>
    movable(grants, i) ? grants.filter((g) => !isPullOrPush(g)) : grants,
  );
  const moved = before.flatMap((grants, i) =>
    movable(grants, i) ? grants.filter(isPullOrPush) : [],
  );
  const publicGallery = publicToken.every((a) => starActions.has(a));
  const tokenAdded = before.some((grants) => grants.some(isPullOrPush)) || publicGallery;
  const anyPullOrPush = units.some((grants) => grants.some(isPullOrPush));
  const tokenGrants: GrantDesign[] = [];
  if (starActions.has(token) && (!anyPullOrPush || !tokenAdded))
    tokenGrants.push({ grant: 'AuthorizationToken.grantRead', principal });
  if (publicGallery)
    tokenGrants.push({ grant: 'PublicGalleryAuthorizationToken.grantRead', principal });
  return [...inPlace, ...moved, ...tokenGrants, ...units.slice(starAt).flat()];
}

/**
 * The grants of one identity policy (a DefaultPolicy followed by the overflow policies CDK split
 * off it), or undefined when it holds anything else.
 */
function grantsOfDocuments(
  principal: string,
  documents: readonly unknown[],
  repositoryIds: Map<string, string>,
): GrantDesign[] | undefined {
  const onRepositories: { repository: string; actions: Set<string> }[] = [];
  const starActions = new Set<string>();
  let starAt = Number.POSITIVE_INFINITY;
  const understood = documents.flatMap(statementsOf).every((statement) => {
    if (
      statement.Effect !== 'Allow' ||
      statement.Condition !== undefined ||
      statement.Principal !== undefined
    )
      return false;
    const actions = asList(statement.Action).filter((a): a is string => typeof a === 'string');
    return asList(statement.Resource).every((target) => {
      if (target === '*') {
        starAt = Math.min(starAt, onRepositories.length);
        for (const action of actions) starActions.add(action);
        return true;
      }
      const repository = repositoryIds.get(referencedLogicalId(target) ?? '');
      if (repository === undefined) return false;
      onRepositories.push({ repository, actions: new Set(actions) });
      return true;
    });
  });
  const extraStar = [...starActions].filter((a) => a !== token && !publicToken.includes(a));
  if (!understood || extraStar.length > 0) return undefined;
  return grantsFor(principal, onRepositories, starActions, starAt);
}

/** The identity policies of the template: whose they are, where, and their documents. */
function identityPolicies(
  resources: Record<string, TemplateResource>,
  entities: ImportedEntities,
): { logicalId: string; principal: string | undefined; documents: unknown[] }[] {
  const overflow = importOverflowPolicies(resources, entities);
  const policies = Object.entries(resources).flatMap(([logicalId, resource]) => {
    if (resource.Type !== 'AWS::IAM::Policy') return [];
    const owners = [...asList(resource.Properties?.Users), ...asList(resource.Properties?.Roles)];
    const owner = owners.length === 1 ? referencedLogicalId(owners[0]) : undefined;
    const principal = entities.policyOwner.get(logicalId) ?? entities.idOf.get(owner ?? '');
    const split = (owner !== undefined && overflow.get(owner)) || [];
    if (owner !== undefined) overflow.delete(owner);
    return [{ logicalId, principal, documents: [resource.Properties?.PolicyDocument, ...split] }];
  });
  // A DefaultPolicy whose every statement moved out is not in the template at all.
  for (const [role, documents] of overflow)
    policies.push({ logicalId: role, principal: entities.idOf.get(role), documents });
  return policies;
}

/** Grants from the identity policy of each user, role and imported role the import knows. */
export function importGrants(
  resources: Record<string, TemplateResource>,
  repositoryIds: Map<string, string>,
  entities: ImportedEntities,
  findings: Finding[],
): GrantDesign[] {
  const grants: GrantDesign[] = [];
  for (const { logicalId, principal, documents } of identityPolicies(resources, entities)) {
    const path = ['Resources', logicalId];
    entities.handled.add(logicalId);
    if (principal === undefined) {
      findings.push(
        designWarning(
          FindingCode.policyOwnerUnsupported,
          path,
          'only the policy of one user or role of this template can be imported as grants; left out',
        ),
      );
      continue;
    }
    const imported = grantsOfDocuments(principal, documents, repositoryIds);
    if (imported) grants.push(...imported);
    else
      findings.push(
        designWarning(
          FindingCode.policyStatementsUnsupported,
          [...path, 'Properties', 'PolicyDocument'],
          'statements other than grants on this template’s repositories cannot be imported; the policy is left out',
        ),
      );
  }
  return grants;
}
