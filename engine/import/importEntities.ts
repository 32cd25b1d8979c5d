/**
 * The first pass over a CDK-synthesized template: the entities that exist on their own (KMS keys
 * and their aliases, IAM users and roles, roles imported by ARN, SNS topics, SQS queues).
 */
import type { Finding } from '../findings';
import { type ImportedEntities, noEntities } from './importedEntities';
import { importImportedRoles } from './importedRoles';
import { importKey } from './importKeys';
import { importRole } from './importPrincipals';
import { keptConstructId, keptLogicalId } from './importResourceOptions';
import type { TemplateResource } from './templateValues';

/** The first pass: entities that exist on their own. */
export function importStandaloneEntities(
  resources: Record<string, TemplateResource>,
  findings: Finding[],
): ImportedEntities {
  const out = noEntities();
  const importedRoles = new Map(
    importImportedRoles(resources, findings).map((entry) => [entry.policy, entry]),
  );
  const entityTypes = new Set([
    'AWS::KMS::Key',
    'AWS::IAM::User',
    'AWS::IAM::Role',
    'AWS::SNS::Topic',
    'AWS::SQS::Queue',
  ]);
  for (const [logicalId, resource] of Object.entries(resources)) {
    const importedRole = importedRoles.get(logicalId);
    if (importedRole) {
      out.principals.push(importedRole.role);
      out.policyOwner.set(logicalId, importedRole.role.id);
      out.stackName ??= importedRole.stack;
    }
    if (!entityTypes.has(resource.Type as string)) continue;
    const path = ['Resources', logicalId];
    // Each keeps the template's logical ID where its construct id does not derive it.
    const id = keptConstructId(logicalId, resource, resources);
    const kept = keptLogicalId(logicalId, [id]);
    let imported = true;
    if (resource.Type === 'AWS::KMS::Key')
      out.keys.push(importKey(id, logicalId, resource, resources, out, findings));
    else if (resource.Type === 'AWS::IAM::User') out.principals.push({ type: 'User', id, ...kept });
    else if (resource.Type === 'AWS::IAM::Role') {
      const role = importRole(id, resource, path, findings);
      if (role) out.principals.push({ ...role, ...kept } as typeof role);
      imported = role !== undefined;
    } else if (resource.Type === 'AWS::SNS::Topic') out.topics.push({ id, ...kept });
    else out.queues.push({ id, ...kept });
    if (imported) {
      out.idOf.set(logicalId, id);
      out.handled.add(logicalId);
    }
  }
  return out;
}
