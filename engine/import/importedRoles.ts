/**
 * Roles imported by ARN (iam.Role.fromRoleArn) leave no role resource behind: only the identity
 * policy CDK attaches to them by name, `Policy<unique id of stack/role>`, and their ARN in the
 * resource policies their grants add to. Both are read back here.
 */

import { defaultResourceLogicalId } from '../cdk/constructNode';
import { importedRolePolicyId } from '../cdk/generatedNames';
import { defaultStackName } from '../design/designSchema';
import { type PrincipalDesign, roleArnPattern } from '../design/entitySchemas';
import { isPlainObject } from '../design/schemaKit';
import { designWarning, type Finding, FindingCode } from '../findings';
import { cdkPathOf, splitUniqueId } from './constructIds';
import { asList, statementsOf } from './policyDocuments';
import type { TemplateResource } from './templateValues';

type ImportedRole = Extract<PrincipalDesign, { type: 'Role.fromRoleArn' }>;

/** A placeholder account for a role whose ARN the template never shows. */
const unknownAccount = '000000000000';

/** Every imported-role ARN a RepositoryPolicyText of the template names, by role name. */
function roleArnsByName(resources: Record<string, TemplateResource>): Map<string, string> {
  const arns = new Map<string, string>();
  for (const resource of Object.values(resources)) {
    for (const statement of statementsOf(resource.Properties?.RepositoryPolicyText)) {
      const principal = statement.Principal;
      for (const value of asList(isPlainObject(principal) ? principal.AWS : undefined)) {
        const name = typeof value === 'string' ? roleArnPattern.exec(value)?.[1] : undefined;
        if (name !== undefined && !arns.has(name)) arns.set(name, value as string);
      }
    }
  }
  return arns;
}

/**
 * A policy name CDK shortened (past 128 characters, generatedNames.ts) keeps only the two ends
 * of stack and role: the role's id is the policy's logical ID less the name, and the stack's a
 * beginning of the kept start, each proven by its hash.
 */
function shortenedNameIds(
  logicalId: string,
  policyName: string,
): { stack: string; role: string } | undefined {
  const readable = logicalId.slice(0, -8);
  if (!readable.endsWith(policyName)) return undefined;
  const role = readable.slice(0, -policyName.length);
  if (role === '' || defaultResourceLogicalId([role, policyName]) !== logicalId) return undefined;
  const kept = policyName.slice('Policy'.length, 'Policy'.length + 57);
  for (let length = 1; length <= kept.length; length++) {
    const stack = kept.slice(0, length);
    if (importedRolePolicyId(stack, role) === policyName) return { stack, role };
  }
  return undefined;
}

/** Stack and role construct ids: from CDK's path metadata, else proven by the policy name's hash. */
function idsOf(
  resource: TemplateResource,
  policyName: string,
  logicalId: string,
): { stack: string; role: string } | undefined {
  const parts = cdkPathOf(resource);
  if (parts?.length === 4 && parts[2] === policyName && parts[3] === 'Resource')
    return { stack: parts[0]!, role: parts[1]! };
  // A shortened name has exactly 128 characters; its readable part would also pass as one id.
  const shortened = policyName.length === 128 ? shortenedNameIds(logicalId, policyName) : undefined;
  if (shortened) return shortened;
  const split = splitUniqueId(policyName.slice('Policy'.length));
  return split && { stack: split[0], role: split[1] };
}

/**
 * The imported roles of a template, each with the logical ID of its policy: a policy attached by
 * name to one role and named as CDK names an imported role's policy.
 */
export function importImportedRoles(
  resources: Record<string, TemplateResource>,
  findings: Finding[],
): { role: ImportedRole; policy: string; stack?: string }[] {
  let arns: Map<string, string> | undefined;
  return Object.entries(resources).flatMap(([logicalId, resource]) => {
    const props = resource.Properties ?? {};
    const roles = props.Roles;
    const policyName = props.PolicyName;
    if (
      resource.Type !== 'AWS::IAM::Policy' ||
      props.Users !== undefined ||
      props.Groups !== undefined ||
      !Array.isArray(roles) ||
      roles.length !== 1 ||
      typeof roles[0] !== 'string' ||
      typeof policyName !== 'string' ||
      !/^Policy[A-Za-z0-9]+$/.test(policyName)
    )
      return [];
    const path = ['Resources', logicalId];
    const roleName: string = roles[0];
    arns ??= roleArnsByName(resources);
    let roleArn = arns.get(roleName);
    if (roleArn === undefined) {
      roleArn = `arn:aws:iam::${unknownAccount}:role/${roleName}`;
      if (!roleArnPattern.test(roleArn)) return [];
      findings.push(
        designWarning(
          FindingCode.roleArnUnknown,
          [...path, 'Properties', 'Roles', 0],
          `the template names the role ${roleName} but never its ARN; imported as ${roleArn}: put the role’s account in its ARN`,
        ),
      );
    }
    const ids = idsOf(resource, policyName, logicalId);
    const stack = ids?.stack ?? defaultStackName;
    const readable = policyName.slice('Policy'.length, -8);
    const guess = readable.startsWith(stack) ? readable.slice(stack.length) : readable;
    const id = ids?.role ?? (guess || roleName);
    // The policy keeps the template's logical ID where the role's construct id does not derive it.
    const rendered = defaultResourceLogicalId([id, importedRolePolicyId(stack, id)]);
    const role: ImportedRole = {
      type: 'Role.fromRoleArn',
      id,
      roleArn,
      ...(rendered === logicalId ? {} : { policyLogicalId: logicalId }),
    };
    return [{ role, policy: logicalId, ...(ids ? { stack: ids.stack } : {}) }];
  });
}
