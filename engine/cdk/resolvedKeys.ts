/**
 * What aws-cdk-lib does with the keys of maps a person writes (policy statement conditions):
 * PolicyStatement.addCondition (aws-iam/lib/policy-statement.js) and token resolution
 * (core/lib/private/resolve.js) both assign keys into plain objects. `__proto__` is the one key
 * of Object.prototype with a setter, so assigning it sets the object's prototype instead of a
 * property; a JSON.parse'd design (and the generated code, which writes it as a computed key)
 * holds it as an ordinary own key. Other names of Object.prototype (`constructor`, `toString`)
 * are data properties: assigning them makes own keys, which CDK keeps.
 */

type Conditions = Record<string, unknown>;

/**
 * The conditions as PolicyStatement holds them: `_condition[key] = existing ? { ...existing,
 * ...value } : value`, key by key, where `existing` is read through the prototype chain. An
 * operator `__proto__` becomes the prototype and vanishes; a later operator it names is merged
 * with the value it gives (a string or list spreads to its indices: `{ "0": "x", ... }`). The
 * operations are CDK's own, on a scratch object, so the result is exactly CDK's.
 */
export function conditionsAsAdded(conditions: Conditions): Conditions {
  const held: Conditions = {};
  for (const key of Object.keys(conditions)) {
    const value = conditions[key];
    const existing = held[key];
    held[key] = existing ? { ...(existing as object), ...(value as object) } : value;
  }
  // Own keys only, on a fresh object: nothing downstream sees the scratch prototype.
  return { ...held };
}

/** A value as CDK's resolution rebuilds it: an own `__proto__` key is dropped at every depth. */
export function resolvedLikeCdk(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolvedLikeCdk);
  if (value === null || typeof value !== 'object') return value;
  const resolved: Conditions = {};
  for (const [key, entry] of Object.entries(value)) {
    if (key !== '__proto__') resolved[key] = resolvedLikeCdk(entry);
  }
  return resolved;
}
