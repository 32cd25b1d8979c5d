/**
 * Copies the defined fields in the design format's order, so copied JSON reads like the docs;
 * fields this form does not know (added by later format versions) follow, never dropped.
 */
export function ordered<T extends object>(value: T, order: readonly (keyof T)[]): T {
  const out: Partial<T> = {};
  for (const field of order) if (value[field] !== undefined) out[field] = value[field];
  for (const field of Object.keys(value) as (keyof T)[]) {
    if (!(field in out) && value[field] !== undefined) out[field] = value[field];
  }
  return out as T;
}
