/** Literals and names for generated Python: any string a person types stays a valid, identical literal. */
const escapes: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

const needsEscape =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters that must be escaped
  /[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return (
    escapes[c] ??
    (code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`)
  );
}

/** A double-quoted Python string literal (the quote style of the CDK Python documentation). */
export function pyString(value: string): string {
  return `"${value.replace(needsEscape, escapeChar)}"`;
}

/**
 * jsii-rosetta's identifier mangling (languages/python.js): snake_case at lower→upper and
 * acronym→word boundaries; the generated Python names variables exactly this way.
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
