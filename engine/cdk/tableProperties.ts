/** The CloudFormation properties a property table writes for one design object. */
import type { Property } from '../design/properties/property';
import { rowsWith } from '../design/properties/property';

/**
 * The table's properties the design sets, merged with the named handlers' `derived` ones
 * (undefined: not written), in alphabetical key order, as CDK's L1 classes render them.
 */
export function tableProperties(
  table: readonly Property[],
  design: Record<string, unknown>,
  derived: Record<string, unknown>,
): Record<string, unknown> {
  const rows = rowsWith(table, 'cfn').flatMap(({ field, cfn }) =>
    design[field] === undefined ? [] : [[cfn.key, cfn.write(design[field])] as const],
  );
  const entries = [...rows, ...Object.entries(derived).filter(([, value]) => value !== undefined)];
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}
