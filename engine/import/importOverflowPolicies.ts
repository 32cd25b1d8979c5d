/**
 * The `OverflowPolicy<n>` managed policies CDK splits off a large role policy (iam/policySplit.ts)
 * are recognised as CDK's own: their statements are read as the rest of the role's grants, and
 * their description names the stack.
 */

import { defaultResourceLogicalId } from '../cdk/constructNode';
import { overflowDescriptionPrefix, overflowPolicyDescription } from '../cdk/entityResources';
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

/** The role (its logical ID) a managed policy is exactly CDK's next overflow policy of, and the stack it names. */
function overflowOwner(
  logicalId: string,
  resource: TemplateResource,
  entities: ImportedEntities,
  countOf: (role: string) => number,
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
  const expectedId = defaultResourceLogicalId([principal.id, `OverflowPolicy${countOf(role) + 1}`]);
  const stack = stackOfDescription(props.Description, principal.id);
  return expectedId === logicalId && stack !== undefined ? { role, stack } : undefined;
}

/**
 * The policy documents of each role's overflow policies, by the role's logical ID, in the order
 * CDK numbers them. They count as handled; the stack name they give is kept.
 */
export function importOverflowPolicies(
  resources: Record<string, TemplateResource>,
  entities: ImportedEntities,
): Map<string, unknown[]> {
  const documents = new Map<string, unknown[]>();
  const countOf = (role: string) => documents.get(role)?.length ?? 0;
  for (const [logicalId, resource] of Object.entries(resources)) {
    const owner = overflowOwner(logicalId, resource, entities, countOf);
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
