/**
 * What makes rendering incremental: a keystroke changes one entry of a design, and every other
 * entry keeps its object, as the app's reducer makes them (the render never changes a design
 * object either). Results are kept per object in WeakMaps, so an object the design drops takes
 * its results with it: nothing grows without bound, and a result is the same cached or not.
 */

/**
 * Structural equality of plain data: primitives by Object.is, arrays item by item, plain objects
 * key by key in key order (JSON text and CDK's error messages follow it), Maps entry by entry.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && sameItems(a, b);
  if (a instanceof Map || b instanceof Map)
    return a instanceof Map && b instanceof Map && sameItems([...a], [...b]);
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  return (
    sameItems(keys, otherKeys) &&
    keys.every((key) =>
      sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
  return true;
}

/** `fn` of one object that never changes, computed once per object. */
export function perObject<K extends object, R>(fn: (key: K) => R): (key: K) => R {
  const results = new WeakMap<K, R>();
  return (key) => {
    if (results.has(key)) return results.get(key)!;
    const result = fn(key);
    results.set(key, result);
    return result;
  };
}

/**
 * `fn` of an object that never changes and of the plain data it reads besides (`inputs`: where
 * the object stands, the names it refers to). Each object keeps its last inputs and result; the
 * result is reused while the inputs are the same data.
 */
export function perObjectWith<K extends object, I, R>(
  fn: (key: K, inputs: I) => R,
): (key: K, inputs: I) => R {
  const results = new WeakMap<K, { inputs: I; result: R }>();
  return (key, inputs) => {
    const last = results.get(key);
    if (last && sameData(last.inputs, inputs)) return last.result;
    const result = fn(key, inputs);
    results.set(key, { inputs, result });
    return result;
  };
}
