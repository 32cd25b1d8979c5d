/** Reading IAM policy documents of a template: statements, and values that may be one or a list. */
import { isPlainObject } from '../design/schemaKit';

/** IAM writes a single value where a list has one entry. */
export const asList = (v: unknown): unknown[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

export function statementsOf(document: unknown): Record<string, unknown>[] {
  return isPlainObject(document) && Array.isArray(document.Statement)
    ? document.Statement.filter(isPlainObject)
    : [];
}
