/**
 * What aws-cdk-lib refuses in the registry's L1s beyond their template validation (cfnSchema.ts).
 * The design format gives every required prop but one: a registry policy without statements,
 * whose iam.PolicyDocument resolves to nothing, so CfnRegistryPolicy's props validator finds
 * `policyText` missing when the synth resolves it (message as aws-cdk-lib 2.276 gives it; the
 * synth wraps it in `Resolution error: `).
 */
import type { ConstructTree } from '../cdk/constructTree';
import { registryNodesOf } from '../cdk/registryNodes';
import type { Design } from '../design/designSchema';
import { type Finding, FindingCode } from '../findings';
import { synthError } from './phaseFindings';
import { actionErrors } from './statements';

/**
 * Construct phase: the registry policy's statements are built (new iam.PolicyStatement, whose
 * first malformed action throws) before the CfnRegistryPolicy they go to.
 */
export function registryPolicyConstructErrors(design: Design): Finding[] {
  return (design.registry?.policy?.statements ?? []).flatMap((statement, index) =>
    actionErrors(statement.actions, ['registry', 'policy', 'statements', index, 'actions']),
  );
}

/**
 * Synth phase, in construct order: an empty registry policy (its properties resolve first),
 * then an L1 whose construct id keeps no letter or digit: its logical ID is empty (a direct
 * child of the stack takes no hash), which the synth refuses when it resolves it.
 */
export function registrySynthErrors(design: Design, tree: ConstructTree): Finding[] {
  return registryNodesOf(tree.children).flatMap((node) => [
    ...(node.kind === 'registryPolicy' && design.registry?.policy?.statements.length === 0
      ? [
          synthError(
            FindingCode.registryPolicyEmpty,
            ['registry', 'policy', 'statements'],
            'Supplied properties not correct for "CfnRegistryPolicyProps"\n  policyText: required but missing.',
          ),
        ]
      : []),
    // A creation template's is creationTemplates.ts' (emptyLogicalIdErrors).
    ...(node.logicalId === '' && node.kind !== 'creationTemplate'
      ? [
          synthError(
            FindingCode.registryLogicalIdEmpty,
            [...node.designPath, 'id'],
            "Logical ID must adhere to the regular expression: /^[A-Za-z0-9]{1,255}$/, got ''.",
          ),
        ]
      : []),
  ]);
}
