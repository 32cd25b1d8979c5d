/**
 * A schema's parse kept per input object, for inputs held as values (see designValueSchema):
 * nothing changes them in place once they are parsed, so the same object at the same path has
 * the same result and findings.
 */
import type { FieldPath } from '../fieldPath';
import type { Finding } from '../findings';
import { perObjectWith } from '../util/memo';
import type { Schema } from './schemaKit';

/** The schema, with the parse of each object kept per object and path. */
export function parsedOncePerObject<T>(schema: Schema<T>): Schema<T> {
  const parseObject = perObjectWith((value: object, path: FieldPath) => {
    const findings: Finding[] = [];
    return { parsed: schema.parse(value, path, findings), findings };
  });
  return {
    parse(value, path, findings) {
      if (typeof value !== 'object' || value === null) return schema.parse(value, path, findings);
      const result = parseObject(value, path);
      findings.push(...result.findings);
      return result.parsed;
    },
    jsonSchema: schema.jsonSchema,
  };
}
