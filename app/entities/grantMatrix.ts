/** The grant matrix's columns and the grant list edits behind its cells. */
import type { GrantDesign } from '../../engine/index';

export type GrantColumn =
  | {
      kind: 'repository';
      grant: 'grantPull' | 'grantPush' | 'grantPullPush' | 'grantRead';
      label: string;
    }
  | {
      kind: 'token';
      grant: 'AuthorizationToken.grantRead' | 'PublicGalleryAuthorizationToken.grantRead';
      label: string;
    };

export const grantColumns: GrantColumn[] = [
  { kind: 'repository', grant: 'grantPull', label: 'Pull' },
  { kind: 'repository', grant: 'grantPush', label: 'Push' },
  { kind: 'repository', grant: 'grantPullPush', label: 'Pull and push' },
  { kind: 'repository', grant: 'grantRead', label: 'Read' },
  { kind: 'token', grant: 'AuthorizationToken.grantRead', label: 'Auth token' },
  {
    kind: 'token',
    grant: 'PublicGalleryAuthorizationToken.grantRead',
    label: 'Public gallery token',
  },
];

/** The CDK call a cell stands for, as its accessible name says it. */
export function cellName(column: GrantColumn, principal: string, repository: string | undefined) {
  return column.kind === 'token'
    ? `${principal}: ecr.${column.grant}`
    : `${principal}: ${repository}.${column.grant}`;
}

function matches(g: GrantDesign, column: GrantColumn, principal: string, repository?: string) {
  if (g.grant !== column.grant || g.principal !== principal) return false;
  return column.kind === 'token' || ('repository' in g && g.repository === repository);
}

export function hasGrant(
  grants: readonly GrantDesign[],
  column: GrantColumn,
  principal: string,
  repository?: string,
): boolean {
  return grants.some((g) => matches(g, column, principal, repository));
}

/** Turns a cell on (a grant appended, so existing grants keep their construct order) or off. */
export function toggledGrants(
  grants: readonly GrantDesign[],
  column: GrantColumn,
  principal: string,
  repository: string | undefined,
  on: boolean,
): GrantDesign[] {
  if (!on) return grants.filter((g) => !matches(g, column, principal, repository));
  if (hasGrant(grants, column, principal, repository)) return [...grants];
  const added: GrantDesign =
    column.kind === 'token'
      ? { grant: column.grant, principal }
      : { grant: column.grant, repository: repository!, principal };
  return [...grants, added];
}

export function customActions(
  grants: readonly GrantDesign[],
  principal: string,
  repository: string,
): string[] {
  const found = grants.find(
    (g) => g.grant === 'grant' && g.principal === principal && g.repository === repository,
  );
  return found?.grant === 'grant' ? found.actions : [];
}

/** repository.grant(principal, ...actions): kept in place when edited, removed when emptied. */
export function withCustomActions(
  grants: readonly GrantDesign[],
  principal: string,
  repository: string,
  actions: string[],
): GrantDesign[] {
  const index = grants.findIndex(
    (g) => g.grant === 'grant' && g.principal === principal && g.repository === repository,
  );
  if (actions.length === 0) return grants.filter((_, i) => i !== index);
  const grant: GrantDesign = { grant: 'grant', repository, principal, actions };
  return index < 0 ? [...grants, grant] : grants.map((g, i) => (i === index ? grant : g));
}

export function describeGrant(g: GrantDesign): string {
  return 'repository' in g
    ? `${g.repository}.${g.grant}(${g.principal})`
    : `ecr.${g.grant}(${g.principal})`;
}
