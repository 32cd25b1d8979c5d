/**
 * A small schema toolkit: one definition gives both a parser for untrusted
 * input (findings instead of casts) and the JSON Schema printed by `ecr-designer schema`.
 */
import type { FieldPath } from '../fieldPath';
import { designError, type Finding, FindingCode, unknownFieldError } from '../findings';

export type JsonSchema = { [key: string]: unknown };

/** The keywords this toolkit writes, for readers of the schema (the docs, the field walker). */
export interface JsonSchemaNode {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  oneOf?: JsonSchemaNode[];
  items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>;
  additionalProperties?: boolean | JsonSchemaNode;
  required?: string[];
  description?: string;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  maxProperties?: number;
}

export interface Schema<T> {
  /** Returns the parsed value, or undefined after pushing findings. */
  parse(value: unknown, path: FieldPath, findings: Finding[]): T | undefined;
  jsonSchema(): JsonSchema;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const typeMismatch = (path: FieldPath, expected: string, value: unknown) =>
  designError(FindingCode.wrongType, path, `expected ${expected}, got ${describeValue(value)}`);

function notOneOf(path: FieldPath, choices: readonly string[], value: unknown): Finding {
  const shown = typeof value === 'string' ? JSON.stringify(value) : describeValue(value);
  return designError(
    FindingCode.notOneOf,
    path,
    `expected one of ${choices.join(', ')}, got ${shown}`,
  );
}

interface StringOptions {
  description?: string;
  minLength?: number;
  maxLength?: number;
}

export function string(options: StringOptions = {}): Schema<string> {
  return {
    parse(value, path, findings) {
      if (typeof value !== 'string')
        return void findings.push(typeMismatch(path, 'a string', value));
      const length = [...value].length;
      if (options.minLength !== undefined && length < options.minLength) {
        const message = `must have at least ${options.minLength} characters`;
        return void findings.push(designError(FindingCode.tooShort, path, message));
      }
      if (options.maxLength !== undefined && length > options.maxLength) {
        const message = `must have at most ${options.maxLength} characters`;
        return void findings.push(designError(FindingCode.tooLong, path, message));
      }
      return value;
    },
    jsonSchema: () => ({ type: 'string', ...options }),
  };
}

/** A string matching `regex`; anything else is a finding of `code` with the `hint`. */
export function pattern(
  regex: RegExp,
  description: string,
  hint: string,
  code: FindingCode,
): Schema<string> {
  return {
    parse(value, path, findings) {
      if (typeof value !== 'string')
        return void findings.push(typeMismatch(path, 'a string', value));
      if (!regex.test(value)) return void findings.push(designError(code, path, hint));
      return value;
    },
    jsonSchema: () => ({ type: 'string', pattern: regex.source, description }),
  };
}

export function integer(description: string, minimum?: number, maximum?: number): Schema<number> {
  return {
    parse(value, path, findings) {
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        return void findings.push(typeMismatch(path, 'a whole number', value));
      }
      if (minimum !== undefined && value < minimum) {
        return void findings.push(
          designError(FindingCode.belowMinimum, path, `must be at least ${minimum}`),
        );
      }
      if (maximum !== undefined && value > maximum) {
        return void findings.push(
          designError(FindingCode.aboveMaximum, path, `must be at most ${maximum}`),
        );
      }
      return value;
    },
    jsonSchema: () => ({ type: 'integer', description, minimum, maximum }),
  };
}

export function boolean(description: string): Schema<boolean> {
  return {
    parse(value, path, findings) {
      if (typeof value !== 'boolean')
        return void findings.push(typeMismatch(path, 'true or false', value));
      return value;
    },
    jsonSchema: () => ({ type: 'boolean', description }),
  };
}

export function literal<const T extends string | number>(expected: T): Schema<T> {
  return {
    parse(value, path, findings) {
      if (value !== expected) {
        const message = `expected ${JSON.stringify(expected)}, got ${JSON.stringify(value) ?? describeValue(value)}`;
        return void findings.push(designError(FindingCode.notTheConstant, path, message));
      }
      return expected;
    },
    jsonSchema: () => ({ const: expected }),
  };
}

export function oneOf<const T extends string>(
  values: readonly T[],
  description: string,
): Schema<T> {
  return {
    parse(value, path, findings) {
      if (typeof value === 'string' && (values as readonly string[]).includes(value))
        return value as T;
      return void findings.push(notOneOf(path, values, value));
    },
    jsonSchema: () => ({ type: 'string', enum: [...values], description }),
  };
}

export function arrayOf<T>(item: Schema<T>, description: string, maxItems?: number): Schema<T[]> {
  return {
    parse(value, path, findings) {
      if (!Array.isArray(value)) return void findings.push(typeMismatch(path, 'an array', value));
      if (maxItems !== undefined && value.length > maxItems) {
        return void findings.push(
          designError(FindingCode.tooManyEntries, path, `must have at most ${maxItems} entries`),
        );
      }
      const before = findings.length;
      const items = value.map((entry, index) => item.parse(entry, [...path, index], findings));
      return findings.length === before ? (items as T[]) : undefined;
    },
    jsonSchema: () => ({ type: 'array', items: item.jsonSchema(), description, maxItems }),
  };
}

export function recordOf<T>(
  valueSchema: Schema<T>,
  description: string,
  maxProperties: number,
): Schema<Record<string, T>> {
  return {
    parse(value, path, findings) {
      if (!isPlainObject(value)) return void findings.push(typeMismatch(path, 'an object', value));
      const entries = Object.entries(value);
      if (entries.length > maxProperties) {
        return void findings.push(
          designError(
            FindingCode.tooManyEntries,
            path,
            `must have at most ${maxProperties} entries`,
          ),
        );
      }
      const before = findings.length;
      // Object.fromEntries defines own properties, so a "__proto__" key stays an ordinary key.
      const parsed = Object.fromEntries(
        entries.map(([key, entry]) => [key, valueSchema.parse(entry, [...path, key], findings)]),
      );
      return findings.length === before ? (parsed as Record<string, T>) : undefined;
    },
    jsonSchema: () => ({
      type: 'object',
      additionalProperties: valueSchema.jsonSchema(),
      description,
      maxProperties,
    }),
  };
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape, R extends keyof S> = Exclude<keyof S, R>;
export type ObjectOf<S extends Shape, R extends keyof S> = { [K in R]: Infer<S[K]> } & {
  [K in OptionalKeys<S, R>]?: Infer<S[K]>;
};

export function objectOf<S extends Shape, R extends keyof S & string = never>(
  shape: S,
  description: string,
  required: readonly R[] = [],
): Schema<ObjectOf<S, R>> & { fields: readonly (keyof S & string)[] } {
  return {
    /** The fields in the format's order (the order the docs and the JSON Schema list them). */
    fields: Object.keys(shape),
    parse(value, path, findings) {
      if (!isPlainObject(value)) return void findings.push(typeMismatch(path, 'an object', value));
      const before = findings.length;
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(shape, key)) findings.push(unknownFieldError(path, key));
      }
      for (const key of required) {
        if (!Object.hasOwn(value, key))
          findings.push(
            designError(FindingCode.requiredField, [...path, key], `'${key}' is required`),
          );
      }
      const out: Record<string, unknown> = {};
      for (const [key, schema] of Object.entries(shape)) {
        if (!Object.hasOwn(value, key) || value[key] === undefined) continue;
        out[key] = schema.parse(value[key], [...path, key], findings);
      }
      return findings.length === before ? (out as ObjectOf<S, R>) : undefined;
    },
    jsonSchema: () => ({
      type: 'object',
      description,
      properties: Object.fromEntries(
        Object.entries(shape).map(([key, schema]) => [key, schema.jsonSchema()]),
      ),
      required: required.length > 0 ? [...required] : undefined,
      additionalProperties: false,
    }),
  };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string, or a list of strings (IAM condition values). */
export function stringOrList(description: string, maxItems: number): Schema<string | string[]> {
  const list = arrayOf(string(), description, maxItems);
  return {
    parse(value, path, findings) {
      if (typeof value === 'string') return value;
      if (Array.isArray(value)) return list.parse(value, path, findings);
      return void findings.push(typeMismatch(path, 'a string or a list of strings', value));
    },
    jsonSchema: () => ({
      description,
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, maxItems }],
    }),
  };
}

/** One of several object shapes, chosen by the value of `key` (e.g. a principal's `type`). */
export function taggedUnion<const V extends Record<string, Schema<object>>>(
  key: string,
  variants: V,
  description: string,
): Schema<Infer<V[keyof V]>> {
  const tags = Object.keys(variants);
  return {
    parse(value, path, findings) {
      if (!isPlainObject(value)) return void findings.push(typeMismatch(path, 'an object', value));
      const tag = value[key];
      if (typeof tag !== 'string' || !Object.hasOwn(variants, tag))
        return void findings.push(notOneOf([...path, key], tags, tag));
      return variants[tag]!.parse(value, path, findings) as Infer<V[keyof V]> | undefined;
    },
    jsonSchema: () => ({ description, oneOf: tags.map((tag) => variants[tag]!.jsonSchema()) }),
  };
}
