/** String literals for generated Python: any string a person types stays a valid, identical literal. */
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
