/**
 * A YAML 1.2 printer for JSON-like values (templates). Strings that could be read as
 * anything but themselves are double-quoted with JSON escapes, which YAML accepts.
 */
const plainSafe = /^[A-Za-z_/][A-Za-z0-9_./:<>@ -]*$/;
/** Characters YAML readers may treat as line breaks or reject, escaped inside double quotes. */
const unsafeInQuotes = /[\u007f-\u009f\u2028\u2029\ufeff]/g;
const escapeCodeUnit = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const reserved = /^(true|false|yes|no|on|off|null|y|n|~)$/i;

function scalar(value: string | number | boolean | null): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const plain =
    value !== '' &&
    plainSafe.test(value) &&
    !reserved.test(value) &&
    !value.endsWith(' ') &&
    !value.endsWith(':') &&
    !value.includes(': ') &&
    !value.includes(' #');
  return plain ? value : JSON.stringify(value).replace(unsafeInQuotes, escapeCodeUnit);
}

function key(name: string): string {
  return scalar(name);
}

function isContainer(value: unknown): value is object {
  return (
    typeof value === 'object' &&
    value !== null &&
    (Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0)
  );
}

function emptyContainer(value: unknown): string | undefined {
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 0
  )
    return '{}';
  return undefined;
}

/** A value that is written on the line of its key or dash: a scalar or an empty container. */
const inline = (value: unknown) => emptyContainer(value) ?? scalar(value as string);

/** Appends the lines of a non-empty container; `first` prefixes its first line ("- " in lists). */
function emit(value: object, indent: string, out: string[], first = indent): void {
  let prefix = first;
  const entries = Array.isArray(value)
    ? value.map((item) => [undefined, item] as const)
    : Object.entries(value);
  for (const [name, item] of entries) {
    const head = name === undefined ? `${prefix}- ` : `${prefix}${key(name)}:`;
    prefix = indent;
    if (!isContainer(item)) {
      out.push(`${head}${name === undefined ? '' : ' '}${inline(item)}`);
    } else if (name === undefined) {
      emit(item, `${indent}  `, out, head);
    } else {
      out.push(head);
      emit(item, `${indent}  `, out);
    }
  }
}

/** Prints a JSON-compatible value as block-style YAML, ending with a newline. */
export function toYaml(value: unknown): string {
  if (!isContainer(value)) return `${inline(value)}\n`;
  const out: string[] = [];
  emit(value, '', out);
  return `${out.join('\n')}\n`;
}

/**
 * A member of a mapping `indent` deep, as toYaml writes it: `name: value` on one line, or `name:`
 * and the value's lines below (for printers that put a document together from parts).
 */
export function yamlMember(name: string, value: unknown, indent: string): string {
  if (!isContainer(value)) return `${indent}${key(name)}: ${inline(value)}`;
  const out = [`${indent}${key(name)}:`];
  emit(value, `${indent}  `, out);
  return out.join('\n');
}
