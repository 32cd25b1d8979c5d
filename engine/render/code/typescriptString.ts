/** String literals for generated TypeScript: any string a person types stays a valid, identical literal. */
const escapes: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
};

function escapeChar(c: string): string {
  return escapes[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Backslash, quote, control characters, line separators and lone surrogates. */
const needsEscape =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters that must be escaped
  /[\\'\u0000-\u001f\u007f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A single-quoted string literal; control characters, line separators and lone surrogates are escaped. */
export function tsString(value: string): string {
  const body = value.replace(needsEscape, escapeChar);
  return `'${body}'`;
}
