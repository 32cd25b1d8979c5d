/**
 * Reading the values of a template's resources: literals, intrinsic functions (which the import
 * cannot follow), references to other resources, and properties that must be literals of a kind.
 */
import { isPlainObject } from '../design/schemaKit';
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';

/** A resource of a template as the import reads it: any object, its Type and Properties unchecked. */
export type TemplateResource = Record<string, unknown> & {
  Type?: unknown;
  Properties?: Record<string, unknown>;
};

/** `{ Ref: … }`, `{ Fn::…: … }` or `{ Condition: … }`: a value CloudFormation computes. */
export const isIntrinsic = (v: unknown) =>
  isPlainObject(v) &&
  Object.keys(v).length === 1 &&
  /^(Ref|Fn::\w+|Condition)$/.test(Object.keys(v)[0]!);

export const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

/** `{ Ref: X }` or `{ Fn::GetAtt: [X, attr] }` → X. */
export function referencedLogicalId(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  if (typeof value.Ref === 'string') return value.Ref;
  const getAtt = value['Fn::GetAtt'];
  return Array.isArray(getAtt) && typeof getAtt[0] === 'string' ? getAtt[0] : undefined;
}

/** A property's literal value when `check` passes; else undefined, with a warning naming `what` it needs. */
export type PropertyReader = (key: string, check: (v: unknown) => boolean, what: string) => unknown;

export function propertyReader(
  properties: Record<string, unknown>,
  path: FieldPath,
  findings: Finding[],
): PropertyReader {
  return (key, check, what) => {
    const value = properties[key];
    if (value === undefined) return undefined;
    if (isIntrinsic(value)) {
      findings.push(
        designWarning(
          FindingCode.intrinsicNotFollowed,
          [...path, key],
          `${Object.keys(value as object)[0]} cannot be followed here (a literal ${what} is needed); left out`,
        ),
      );
      return undefined;
    }
    if (!check(value)) {
      findings.push(
        designWarning(FindingCode.propertyUnreadable, [...path, key], `expected ${what}; left out`),
      );
      return undefined;
    }
    return value;
  };
}
