/**
 * jsii-rosetta's identifier mangling (languages/python.js): snake_case at lower→upper and
 * acronym→word boundaries. The Python printer derives every name this way from CDK's camelCase:
 * props, methods, variables, the `lambda_` module alias.
 */
export function pythonNameOf(identifier: string): string {
  let name = pythonNames.get(identifier);
  if (name === undefined) {
    name = mangle(identifier);
    if (pythonNames.size < 10_000) pythonNames.set(identifier, name);
  }
  return name;
}

/** Argument and variable names repeat across renders; the cache is bounded. */
const pythonNames = new Map<string, string>();

function mangle(identifier: string): string {
  const cased = identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
  return cased === 'lambda' ? `${cased}_` : cased;
}
