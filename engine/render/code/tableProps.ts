/** The CDK props a property table gives one design object, in the table's (CDK's) order. */
import type { CdkLiteral, Property } from '../../design/properties/property';
import { rowsWith } from '../../design/properties/property';
import { bool, call, type Expression, enumMember, list, num, str, typeOf } from './model';

/** The value as the row's literal kind writes it; the schema has checked its type. */
function literalOf(literal: CdkLiteral, value: unknown): Expression {
  if (literal === 'string') return str(value as string);
  if (literal === 'boolean') return bool(value as boolean);
  if (literal === 'number') return num(value as number);
  if ('enum' in literal) return enumMember(literal.enum.module, literal.enum.name, value as string);
  if ('list' in literal)
    return list((value as unknown[]).map((item) => literalOf(literal.list, item)));
  const receiver = typeOf(literal.call.module, literal.call.name);
  return call(receiver, literal.method, literalOf(literal.argument, value));
}

export function tableProps(
  table: readonly Property[],
  design: Record<string, unknown>,
): Record<string, Expression | undefined> {
  return Object.fromEntries(
    rowsWith(table, 'cdk').map(({ field, cdk }) => [
      cdk.prop ?? field,
      design[field] === undefined ? undefined : literalOf(cdk.literal, design[field]),
    ]),
  );
}
