/** The checks of grants. */
import { uniqueIdError } from '../cdk/generatedNames';
import type { Design } from '../design/designSchema';
import { type Finding, FindingCode } from '../findings';
import { cdkError } from './phaseFindings';
import { actionErrors } from './statements';

/**
 * Construct phase: a grant's statement checks its actions, then goes to the principal: an imported
 * role's first one names its policy after Names.uniqueId of the role (generatedNames.ts).
 */
export function grantConstructErrors(design: Design, stackName: string): Finding[] {
  const named = new Set<string>();
  return (design.grants ?? []).flatMap((grant, index) => {
    const path = ['grants', index];
    const findings =
      grant.grant === 'grant' ? actionErrors(grant.actions, [...path, 'actions']) : [];
    const principal = design.principals?.find((p) => p.id === grant.principal);
    if (principal?.type !== 'Role.fromRoleArn' || named.has(principal.id)) return findings;
    named.add(principal.id);
    const message = uniqueIdError(stackName, principal.id);
    return [...findings, ...cdkError(FindingCode.uniqueIdEmpty, [...path, 'principal'], message)];
  });
}
