/**
 * Design-format checks of the registry's references: the registry policy's principals and each
 * pull-time update exclusion's principal (exactly one of `principal` and `principalArn`; a
 * `principal` names a user or role, whose ARN the exclusion takes). Findings, never exceptions.
 */
import type { FieldPath } from '../fieldPath';
import { designError, type Finding, FindingCode } from '../findings';
import type { Design } from './designSchema';

const identityTypes = new Set(['User', 'Role', 'Role.fromRoleArn']);

function exclusionErrors(design: Design): Finding[] {
  const exclusions = design.registry?.pullTimeUpdateExclusions ?? [];
  return exclusions.flatMap((exclusion, index): Finding[] => {
    const path: FieldPath = ['registry', 'pullTimeUpdateExclusions', index];
    if ((exclusion.principal === undefined) === (exclusion.principalArn === undefined))
      return [
        designError(
          FindingCode.exclusionPrincipalNotOne,
          path,
          'give exactly one of principal or principalArn',
        ),
      ];
    const id = exclusion.principal;
    if (id === undefined) return [];
    const principal = design.principals?.find((p) => p.id === id);
    if (principal === undefined)
      return [
        designError(
          FindingCode.unknownReference,
          [...path, 'principal'],
          `unknown principal '${id}'`,
        ),
      ];
    if (identityTypes.has(principal.type)) return [];
    return [
      designError(
        FindingCode.exclusionPrincipalNotIdentity,
        [...path, 'principal'],
        `principal '${id}' is a ${principal.type}: an exclusion takes a user or role`,
      ),
    ];
  });
}

function policyErrors(design: Design): Finding[] {
  const known = new Set((design.principals ?? []).map((p) => p.id));
  const statements = design.registry?.policy?.statements ?? [];
  return statements.flatMap((statement, s) =>
    (statement.principals ?? []).flatMap((id, index) =>
      known.has(id)
        ? []
        : [
            designError(
              FindingCode.unknownReference,
              ['registry', 'policy', 'statements', s, 'principals', index],
              `unknown principal '${id}'`,
            ),
          ],
    ),
  );
}

/** Every reference problem of the design's registry, as `design` errors. */
export function registryReferenceErrors(design: Design): Finding[] {
  return [...exclusionErrors(design), ...policyErrors(design)];
}
