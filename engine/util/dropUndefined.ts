/** JSON.stringify drops undefined keys; dropping them here keeps objects deep-equal to the oracle's. */
export function dropUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}
