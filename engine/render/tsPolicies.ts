/** Generated TypeScript for resource policy statements and grants (see tsEntities.ts). */
import type { Design } from '../design/designSchema';
import type { PolicyStatementDesign } from '../design/entitySchemas';
import type { VariableNames } from './tsEntities';
import { list, objectLiteral, type Prop } from './tsFormat';
import { tsString } from './tsLiteral';

const indent = '    ';

/** An object literal key: `__proto__` must be computed, or it would set the prototype. */
const objectKey = (key: string) => (key === '__proto__' ? `[${tsString(key)}]` : tsString(key));

function conditionsLiteral(conditions: NonNullable<PolicyStatementDesign['conditions']>): string {
  const entries = Object.entries(conditions).map(([operator, keys]) => {
    const inner = Object.entries(keys).map(
      ([key, value]) =>
        `${objectKey(key)}: ${typeof value === 'string' ? tsString(value) : list(value)}`,
    );
    return `${objectKey(operator)}: { ${inner.join(', ')} }`;
  });
  return `{ ${entries.join(', ')} }`;
}

export function resourcePolicyStatement(
  statement: PolicyStatementDesign,
  repository: string,
  names: VariableNames,
): string {
  const props: Prop[] = [];
  if (statement.effect !== undefined) props.push(['effect', `iam.Effect.${statement.effect}`]);
  if (statement.principals !== undefined) {
    const principals = statement.principals.flatMap((id) => names.principals.get(id) ?? []);
    props.push(['principals', `[${principals.join(', ')}]`]);
  }
  if (statement.actions !== undefined) props.push(['actions', list(statement.actions)]);
  if (statement.conditions !== undefined)
    props.push(['conditions', conditionsLiteral(statement.conditions)]);
  if (statement.resources !== undefined) props.push(['resources', list(statement.resources)]);
  const call = `${indent}${repository}.addToResourcePolicy(new iam.PolicyStatement(`;
  return `${call}${objectLiteral(props, indent, call.length)}));`;
}

export function grantStatements(design: Design, names: VariableNames): string[] {
  return (design.grants ?? []).flatMap((grant) => {
    const principal = names.principals.get(grant.principal);
    if (!principal) return [];
    if (!('repository' in grant)) return [`${indent}ecr.${grant.grant}(${principal});`];
    const repository = names.repositories.get(grant.repository);
    if (!repository) return [];
    const args =
      grant.grant === 'grant' ? [principal, ...grant.actions.map(tsString)] : [principal];
    return [`${indent}${repository}.${grant.grant}(${args.join(', ')});`];
  });
}
