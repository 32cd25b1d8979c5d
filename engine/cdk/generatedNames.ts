/**
 * Names CDK derives from construct paths for the design's constructs, where it shortens them or
 * cannot make them (core/lib/names.js, private/uniqueid.js, private/unique-resource-name.js).
 */
import {
  emptyUniqueIdError,
  logicalIdOf,
  uniqueIdComponents,
  uniqueResourceNameOf,
} from './logicalId';

/**
 * Names.uniqueId (and Names.nodeUniqueId) of a construct: makeUniqueId of its whole path, the
 * stack's id first, as a logical ID is of the path below the stack.
 */
export function uniqueIdOf(path: readonly string[]): string {
  return logicalIdOf(path);
}

/** aws-iam's MAX_POLICY_NAME_LEN. */
const maxPolicyName = 128;
const policyPrefix = 'Policy';

/**
 * The policy CDK attaches to an imported role (IAM_IMPORTED_ROLE_STACK_SAFE_DEFAULT_POLICY_NAME):
 * `Policy<Names.uniqueId(role)>`, and past 128 characters `Policy<Names.uniqueResourceName(role,
 * { maxLength: 122 })>`. The first reads the stack's construct id, the second its stackName; the
 * generated app makes both the design's stackName.
 */
export function importedRolePolicyId(stackName: string, roleId: string): string {
  const unique = `${policyPrefix}${uniqueIdOf([stackName, roleId])}`;
  if (unique.length <= maxPolicyName) return unique;
  const maxLength = maxPolicyName - policyPrefix.length;
  return `${policyPrefix}${uniqueResourceNameOf([stackName, roleId], maxLength)}`;
}

/**
 * Names.uniqueId of a construct directly under the stack (an imported role's policy name, a
 * Lambda permission's id) throws when the stack and the construct are both `Default`.
 */
export function uniqueIdError(stackName: string, id: string): string | undefined {
  return uniqueIdComponents([stackName, id]).length === 0 ? emptyUniqueIdError : undefined;
}
