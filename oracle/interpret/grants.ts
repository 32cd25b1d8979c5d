/**
 * Grants, made after every construct exists: `repository.grantPull(principal)` and its siblings,
 * `repository.grant(principal, ...actions)`, `ecr.AuthorizationToken.grantRead(principal)` and
 * `ecr.PublicGalleryAuthorizationToken.grantRead(principal)`.
 */
import type { Repository } from 'aws-cdk-lib/aws-ecr';
import type { GrantDesign } from '../../engine/index';
import { ecr } from './cdkLib';
import { type Entities, resolve } from './entities';

export function makeGrant(
  grant: GrantDesign,
  entities: Entities,
  repositories: Map<string, Repository>,
): void {
  const principal = resolve(entities.principals, grant.principal, 'principal');
  if (grant.grant === 'AuthorizationToken.grantRead') {
    ecr.AuthorizationToken.grantRead(principal);
    return;
  }
  if (grant.grant === 'PublicGalleryAuthorizationToken.grantRead') {
    ecr.PublicGalleryAuthorizationToken.grantRead(principal);
    return;
  }
  const repository = resolve(repositories, grant.repository, 'repository');
  if (grant.grant === 'grant') repository.grant(principal, ...grant.actions);
  else repository[grant.grant](principal);
}
