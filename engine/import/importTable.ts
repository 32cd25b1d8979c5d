/** A design object's fields from a template resource, by a property table. */
import type { CfnFacet, Property } from '../design/properties/property';
import type { FieldPath } from '../fieldPath';
import type { Finding } from '../findings';
import type { PropertyReader } from './templateValues';

/** The handler of a field that another handler, or another pass of the import, reads. */
export const readElsewhere = () => ({});

/** A 1:1 row's design value from the resource's properties, or undefined. */
export type RowReader = (cfn: CfnFacet<unknown>) => unknown;

/**
 * The fields in the table's order, so that the design's keys (and the warnings) come in it: a
 * 1:1 row read by `read`, every other field by its named handler (a handler may set several,
 * or none when another handler or another pass reads the field).
 */
export function importTableFields<C>(
  table: readonly Property[],
  handlers: Partial<Record<string, (context: C) => object>>,
  context: C,
  read: RowReader,
): Record<string, unknown> {
  const imported: Record<string, unknown> = {};
  for (const { field, cfn } of table) {
    if (!cfn) {
      Object.assign(imported, handlers[field]?.(context));
      continue;
    }
    const value = read(cfn);
    if (value !== undefined) imported[field] = value;
  }
  return imported;
}

/** Rows read through `read`, which warns of a value that is no literal of the row's kind. */
export function reportingReader(
  read: PropertyReader,
  propsPath: FieldPath,
  findings: Finding[],
): RowReader {
  return (cfn) => {
    const value = read(cfn.key, cfn.check, cfn.what);
    return value === undefined ? undefined : cfn.read(value, [...propsPath, cfn.key], findings);
  };
}

/**
 * Rows whose value of another kind is left out without a word, as the import of keys and event
 * rules has always done (they have no list of known keys either).
 */
export function quietReader(
  properties: Record<string, unknown>,
  propsPath: FieldPath,
  findings: Finding[],
): RowReader {
  return (cfn) => {
    const value = properties[cfn.key];
    if (value === undefined || !cfn.check(value)) return undefined;
    return cfn.read(value, [...propsPath, cfn.key], findings);
  };
}
