/**
 * The `OverflowPolicy<n>` managed policies CDK splits off a large role policy (iam/policySplit.ts)
 * are recognised as CDK's own, whatever their logical IDs: their statements are read as the rest
 * of the role's grants, and their description names the stack. Where a template's IDs differ
 * from those the imported design derives, the role keeps them (overflowPolicyLogicalIds).
 */

import type { ConstructNode } from '../cdk/constructNode';
import { constructTree } from '../cdk/constructTree';
import { overflowDescriptionPrefix, overflowPolicyDescription } from '../cdk/entityResources';
import type { Design } from '../design/designSchema';
import { isPlainObject } from '../design/schemaKit';
import type { ImportedEntities } from './importedEntities';
import { referencedLogicalId, type TemplateResource } from './templateValues';

/** The stack named by the description of an overflow policy of this role, if it is one. */
function stackOfDescription(description: unknown, roleId: string): string | undefined {
  if (typeof description !== 'string') return undefined;
  const roleLength =
    overflowPolicyDescription('', roleId).length - overflowDescriptionPrefix.length;
  const stack = description.slice(
    overflowDescriptionPrefix.length,
    description.length - roleLength,
  );
  return overflowPolicyDescription(stack, roleId) === description ? stack : undefined;
}

/** The role (its logical ID) a managed policy is exactly a CDK overflow policy of, and the stack it names. */
function overflowOwner(
  resource: TemplateResource,
  entities: ImportedEntities,
): { role: string; stack: string } | undefined {
  const props = resource.Properties;
  if (resource.Type !== 'AWS::IAM::ManagedPolicy' || !isPlainObject(props)) return undefined;
  const extraKeys = Object.keys(resource).filter(
    (k) => !['Type', 'Properties', 'Metadata'].includes(k),
  );
  const keys = Object.keys(props).join();
  if (extraKeys.length > 0 || keys !== 'Description,Path,PolicyDocument,Roles') return undefined;
  const roles = Array.isArray(props.Roles) ? props.Roles : [];
  const role = roles.length === 1 ? referencedLogicalId(roles[0]) : undefined;
  const roleId = role === undefined ? undefined : entities.idOf.get(role);
  const principal = entities.principals.find((p) => p.id === roleId);
  if (role === undefined || principal?.type !== 'Role' || props.Path !== '/') return undefined;
  if (JSON.stringify(roles[0]) !== JSON.stringify({ Ref: role })) return undefined;
  const stack = stackOfDescription(props.Description, principal.id);
  return stack !== undefined ? { role, stack } : undefined;
}

/**
 * The policy documents of each role's overflow policies, by the role's logical ID, in the order
 * CDK numbers them (its template lists OverflowPolicy1 first). They count as handled; the stack name they give is kept.
 */
export function importOverflowPolicies(
  resources: Record<string, TemplateResource>,
  entities: ImportedEntities,
): Map<string, unknown[]> {
  const documents = new Map<string, unknown[]>();
  for (const [logicalId, resource] of Object.entries(resources)) {
    const owner = overflowOwner(resource, entities);
    if (!owner) continue;
    documents.set(owner.role, [
      ...(documents.get(owner.role) ?? []),
      resource.Properties?.PolicyDocument,
    ]);
    entities.stackName ??= owner.stack;
    entities.handled.add(logicalId);
  }
  return documents;
}

/** The logical IDs of the template's overflow policies of the role, in template order. */
function templateOverflowIds(
  resources: Record<string, TemplateResource>,
  handled: ReadonlySet<string>,
  roleId: string,
): string[] {
  const ref = JSON.stringify([{ Ref: roleId }]);
  return Object.entries(resources)
    .filter(([logicalId, r]) => handled.has(logicalId) && r.Type === 'AWS::IAM::ManagedPolicy')
    .filter(([, r]) => JSON.stringify(r.Properties?.Roles) === ref)
    .map(([logicalId]) => logicalId);
}

const resourceOf = (node: ConstructNode) => node.children.find((c) => c.kind === 'resource');

/** The IDs the role keeps: the template's, '' where the design derives the same; none if all are. */
function keptIdsOf(role: ConstructNode, fromTemplate: readonly string[]): string[] {
  const policies = role.children.filter((child) => child.kind === 'overflowPolicy');
  const kept = policies.map((policy, n) => {
    const id = fromTemplate[n];
    return id === undefined || id === resourceOf(policy)?.logicalId ? '' : id;
  });
  while (kept.at(-1) === '') kept.pop();
  return kept;
}

/**
 * The design with `overflowPolicyLogicalIds` set on the roles whose overflow policies the
 * template names otherwise than the imported design derives (the n-th of the template's for
 * OverflowPolicy<n>), so deploying the design updates them in place.
 */
export function keepOverflowPolicyLogicalIds(
  resources: Record<string, TemplateResource>,
  handled: ReadonlySet<string>,
  design: Design,
): Design {
  const kept = new Map<number, string[]>();
  for (const role of constructTree(design).children) {
    const roleId = resourceOf(role)?.logicalId;
    if (role.kind !== 'role' || roleId === undefined) continue;
    const ids = keptIdsOf(role, templateOverflowIds(resources, handled, roleId));
    if (ids.length > 0) kept.set(role.index, ids);
  }
  if (kept.size === 0 || !design.principals) return design;
  const principals = design.principals.map((principal, index) => {
    const overflowPolicyLogicalIds = kept.get(index);
    return overflowPolicyLogicalIds ? { ...principal, overflowPolicyLogicalIds } : principal;
  });
  return { ...design, principals };
}
