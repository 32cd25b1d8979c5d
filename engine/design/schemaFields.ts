/**
 * The fields of the design format, read off its JSON Schema rather than listed by hand: every
 * property of every object — the design, repositories, lifecycle rules, each entity kind and
 * each variant of principals and grants, nested objects — named by a path such as
 * `repositories[].lifecycleRules[].tagStatus` or `principals[Role].assumedBy.service`.
 * The test that every field changes the outputs and the test that the random designs reach
 * every field both take the fields from here, so a field added to the schema joins both.
 */
import { designJsonSchema } from './parseDesign';
import type { JsonSchema, JsonSchemaNode } from './schemaKit';

type Node = JsonSchemaNode;

export interface SchemaField {
  /** e.g. `repositories[].lifecycleRules[].tagStatus`, `grants[grant].actions`. */
  path: string;
  /** The field's own JSON Schema (its enum members, const, type…). */
  schema: JsonSchema;
  required: boolean;
}

/** Where a value sits in a design: property names and array indexes. */
export type Location = readonly (string | number)[];

export interface FieldOccurrence {
  path: string;
  location: Location;
  value: unknown;
}

/** The tagged union's variants by tag, with the key that tells them apart (e.g. `type`). */
function variantsOf(node: Node): { key: string; variants: Map<string, Node> } | undefined {
  const objects = node.oneOf?.filter((variant) => variant.properties !== undefined) ?? [];
  if (objects.length === 0) return undefined;
  const key = Object.keys(objects[0]!.properties!).find((name) =>
    objects.every((variant) => typeof variant.properties?.[name]?.const === 'string'),
  );
  if (key === undefined) return undefined;
  return {
    key,
    variants: new Map(objects.map((variant) => [String(variant.properties![key]!.const), variant])),
  };
}

/**
 * Calls `visit` for each field of an object schema and descends into its value. With `value`
 * given, only the fields present in it, with their locations; without, every field of the schema.
 */
function walkObject(
  node: Node,
  path: string,
  location: Location,
  value: unknown,
  withValue: boolean,
  visit: (field: SchemaField, location: Location, value: unknown) => void,
): void {
  for (const [name, field] of Object.entries(node.properties ?? {})) {
    const fieldValue = withValue ? (value as Record<string, unknown>)[name] : undefined;
    if (withValue && fieldValue === undefined) continue;
    const fieldPath = path === '' ? name : `${path}.${name}`;
    const required = node.required?.includes(name) ?? false;
    visit(
      { path: fieldPath, schema: field as JsonSchema, required },
      [...location, name],
      fieldValue,
    );
    walkValue(field, fieldPath, [...location, name], fieldValue, withValue, visit);
  }
}

/** Descends into what a field holds: an object's fields, array items, record values, a variant. */
function walkValue(
  node: Node,
  path: string,
  location: Location,
  value: unknown,
  withValue: boolean,
  visit: (field: SchemaField, location: Location, value: unknown) => void,
): void {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (node.items) {
    const union = variantsOf(node.items);
    if (!withValue) {
      if (union)
        for (const [tag, variant] of union.variants)
          walkObject(variant, `${path}[${tag}]`, location, undefined, false, visit);
      else walkValue(node.items, `${path}[]`, location, undefined, false, visit);
      return;
    }
    if (!Array.isArray(value)) return;
    value.forEach((item, index) => {
      const tag = union && typeof item === 'object' && item !== null ? item[union.key] : undefined;
      const variant = union?.variants.get(String(tag));
      if (union && variant)
        walkObject(variant, `${path}[${tag}]`, [...location, index], item, true, visit);
      else if (!union) walkValue(node.items!, `${path}[]`, [...location, index], item, true, visit);
    });
    return;
  }
  if (node.properties) {
    if (!withValue || isObject) walkObject(node, path, location, value, withValue, visit);
    return;
  }
  if (typeof node.additionalProperties === 'object') {
    const values = withValue && isObject ? Object.entries(value) : [['*', undefined] as const];
    for (const [key, entry] of values)
      walkValue(
        node.additionalProperties,
        `${path}.*`,
        [...location, key],
        entry,
        withValue,
        visit,
      );
  }
}

const designNode = () => designJsonSchema() as Node;

/** Every field of the design format, parents before their children, in the format's order. */
export function schemaFields(): SchemaField[] {
  const fields: SchemaField[] = [];
  walkObject(designNode(), '', [], undefined, false, (field) => fields.push(field));
  return fields;
}

/** Every field a design (or any JSON value shaped like one) sets, with where and to what. */
export function fieldOccurrences(design: unknown): FieldOccurrence[] {
  const found: FieldOccurrence[] = [];
  if (typeof design !== 'object' || design === null) return found;
  walkObject(designNode(), '', [], design, true, (field, location, value) =>
    found.push({ path: field.path, location, value }),
  );
  return found;
}
