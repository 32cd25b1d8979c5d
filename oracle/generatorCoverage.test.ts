/**
 * Issue 12, §2: the random designs the property tests run on reach every field of the design
 * format — the schema's own list (engine/design/schemaFields.ts), so that a field added to the
 * schema fails here until the generators set it — every member of every enum, and both values
 * of every boolean.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldOccurrences, schemaFields } from '../engine/design/schemaFields';
import { fullDesignArbitrary } from './designArbitrary';

const sampled = 2000;
/** A fixed seed: the count is a property of the generators, not of a run. */
const designs = fc.sample(fullDesignArbitrary, { numRuns: sampled, seed: 12 });

/** Each field the designs set, with the scalar values it took. */
const reached = new Map<string, Set<unknown>>();
for (const design of designs) {
  for (const { path, value } of fieldOccurrences(design)) {
    const values = reached.get(path) ?? new Set();
    if (typeof value !== 'object') values.add(value);
    reached.set(path, values);
  }
}

const fields = schemaFields();

describe(`${sampled} random designs`, () => {
  it(`reach each of the ${fields.length} fields of the design format`, () => {
    expect(fields.map((field) => field.path).filter((path) => !reached.has(path))).toEqual([]);
  });

  it('reach every member of every enum and both values of every boolean', () => {
    const missing = fields.flatMap(({ path, schema }) => {
      const values =
        schema.type === 'boolean' ? [true, false] : ((schema.enum as unknown[] | undefined) ?? []);
      return values.filter((value) => !reached.get(path)?.has(value)).map((v) => `${path} ${v}`);
    });
    expect(missing).toEqual([]);
  });
});
