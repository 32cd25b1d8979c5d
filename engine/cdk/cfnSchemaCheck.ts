/**
 * Checks a resource's properties against the schema constraints of cfnSchema.ts the way
 * aws-cdk-lib's built-in validation does, with its descriptions: `<property path>: <message>`,
 * array indices as path segments. Lengths count code points and patterns are Rust regular
 * expressions (Unicode `\d`, `\w` and `.`), as in the validator. Only strings are checked
 * against string constraints: a Ref or Fn::GetAtt is an object, never a violation.
 */
import { type CfnConstraintRow, constraintRowsOf } from './cfnSchema';

/** Where a value sits below `Properties`: property names and array indices. */
export type PropertyLocation = readonly (string | number)[];

export interface SchemaViolation {
  row: CfnConstraintRow;
  location: PropertyLocation;
  /** The validator's description, e.g. `Tags.0.Key: length 130 exceeds maximum 127`. */
  message: string;
}

export function codePointLength(s: string): number {
  let count = 0;
  for (const _ of s) count++;
  return count;
}

const unicodeWord = String.raw`\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}`;

/** A JavaScript RegExp with the semantics of the Rust pattern the schema holds. */
export function rustPattern(source: string): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[++i] ?? '';
      if (next === 'd') out += String.raw`\p{Nd}`;
      else if (next === 'w') out += inClass ? unicodeWord : `[${unicodeWord}]`;
      // Rust allows `\-` anywhere; JavaScript's `u` mode only inside a class.
      else if (next === '-' && !inClass) out += '-';
      else out += `\\${next}`;
    } else if (c === '.' && !inClass) out += '[^\\n]';
    else {
      if (c === '[') inClass = true;
      if (c === ']') inClass = false;
      out += c;
    }
  }
  return new RegExp(out, 'u');
}

const compiled = new Map<string, RegExp>();

function matches(pattern: string, value: string): boolean {
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    regex = rustPattern(pattern);
    compiled.set(pattern, regex);
  }
  return regex.test(value);
}

/**
 * The validator's named formats as patterns, found by probing it (cfnSchema.oracle.test.ts):
 * AWS::IAM::Role.Arn takes any partition spelled `aws` and letters or hyphens, Unicode digits
 * in the account, and a role name of any characters but a line break (paths included).
 */
export const formatPatterns: Record<string, string> = {
  'AWS::IAM::Role.Arn': String.raw`^arn:aws[A-Za-z-]*:iam::\d{12}:role/.+$`,
};

const jsonKey = (value: unknown) => JSON.stringify(value);

/** The validator's message for a list constraint, or undefined when the list meets it. */
function itemsViolation(row: CfnConstraintRow, value: unknown[]): string | undefined {
  if (row.keyword === 'uniqueItems')
    return new Set(value.map(jsonKey)).size === value.length
      ? undefined
      : 'Array items are not unique';
  if (row.keyword === 'minItems' && value.length < row.limit)
    return `expected minimum item count: ${row.limit}, found: ${value.length}`;
  if (row.keyword === 'maxItems' && value.length > row.limit)
    return `expected maximum item count: ${row.limit}, found: ${value.length}`;
  return undefined;
}

/** The validator's message for one value, or undefined when it meets the constraint. */
function violationOf(row: CfnConstraintRow, value: unknown): string | undefined {
  if (row.keyword === 'uniqueItems' || row.keyword === 'minItems' || row.keyword === 'maxItems')
    return Array.isArray(value) ? itemsViolation(row, value) : undefined;
  if (typeof value !== 'string') return undefined;
  if (row.keyword === 'format') {
    const format = formatPatterns[row.limit];
    return format === undefined || matches(format, value)
      ? undefined
      : `'${value}' does not match format '${row.limit}'`;
  }
  if (row.keyword === 'pattern')
    return matches(row.limit, value)
      ? undefined
      : `'${value}' does not match pattern '${row.limit}'`;
  return lengthViolation(row, value);
}

function lengthViolation(row: CfnConstraintRow, value: string): string | undefined {
  if (row.keyword !== 'minLength' && row.keyword !== 'maxLength') return undefined;
  // UTF-16 length bounds the code point count from above and at most doubles it.
  if (row.keyword === 'maxLength' && value.length <= row.limit) return undefined;
  if (row.keyword === 'minLength' && value.length >= 2 * row.limit) return undefined;
  const length = codePointLength(value);
  if (row.keyword === 'maxLength' && length > row.limit)
    return `length ${length} exceeds maximum ${row.limit}`;
  if (row.keyword === 'minLength' && length < row.limit)
    return `length ${length} is below minimum ${row.limit}`;
  return undefined;
}

/** Every value at a path, `'*'` expanding to each item of an array. */
function valuesAt(
  node: unknown,
  path: readonly string[],
  location: PropertyLocation = [],
): [PropertyLocation, unknown][] {
  if (path.length === 0) return [[location, node]];
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '*')
    return Array.isArray(node)
      ? node.flatMap((item, index) => valuesAt(item, rest, [...location, index]))
      : [];
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
  if (!Object.hasOwn(node, head)) return [];
  return valuesAt((node as Record<string, unknown>)[head], rest, [...location, head]);
}

function preempted(row: CfnConstraintRow, value: unknown): boolean {
  const first = row.checkedByCdkFirst;
  if (first === undefined) return false;
  return first === true || (typeof value === 'string' && first(value));
}

/**
 * The violations of one resource, row by row. `withCdkChecked` also reports values that
 * aws-cdk-lib's own checks reject before the template is validated (the schema tests use it).
 */
export function schemaViolations(
  type: string,
  properties: unknown,
  withCdkChecked = false,
): SchemaViolation[] {
  const violations: SchemaViolation[] = [];
  for (const row of constraintRowsOf(type)) {
    for (const [location, value] of valuesAt(properties, row.path)) {
      if (!withCdkChecked && preempted(row, value)) continue;
      const message = violationOf(row, value);
      if (message !== undefined)
        violations.push({ row, location, message: `${location.join('.')}: ${message}` });
    }
  }
  return violations;
}
