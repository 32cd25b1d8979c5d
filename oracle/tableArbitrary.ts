/**
 * Random values of a property table's fields, from the samples its rows hold: a record entry
 * per row in the table's order (fast-check draws a record's entries in that order, so the order
 * is part of what a seed gives).
 */
import fc from 'fast-check';
import { type Property, rowsWith, type SampleSet } from '../engine/index';

/** fast-check's option: undefined about once in `freq` draws. */
export const optional = <T>(arb: fc.Arbitrary<T>, freq = 2) =>
  fc.option(arb, { nil: undefined, freq });

/** Text that tends to break generated code or escaping: a sample set's `text`. */
export const adversarialText = fc.oneof(
  fc.constantFrom(
    "it's",
    'say "hi"',
    'back\\slash',
    'line\nbreak',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: adversarial text for generated code
    '${x}',
    '*/ /*',
    '`tick`',
    'é ü 中文 😀',
    '\u2028\u2029',
    'tab\tcr\r',
    '',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

/** One value of the set (one item, for a list). */
function item(row: Property, set: SampleSet): fc.Arbitrary<unknown> {
  if (row.schema.jsonSchema().type === 'boolean') return fc.boolean();
  if (!set.text) return fc.constantFrom(...(set.values ?? []));
  if (!set.values) return adversarialText;
  return fc.oneof(
    { weight: set.text.weight, arbitrary: adversarialText },
    { weight: 1, arbitrary: fc.constantFrom(...set.values) },
  );
}

function sampled(row: Property, set: SampleSet): fc.Arbitrary<unknown> {
  const value = item(row, set);
  const drawn =
    set.maxItems === undefined
      ? value
      : fc.array(value, { minLength: set.minItems, maxLength: set.maxItems });
  return optional(drawn, set.freq);
}

/**
 * The wild or tidy arbitraries of the table's rows. A row without tidy samples is drawn by a
 * named generator of `coupled`, keyed by the first field of the group it draws (under the
 * group's name), so fields that must agree are drawn together.
 */
export function tableArbitraries(
  table: readonly Property[],
  kind: 'wild' | 'tidy',
  coupled: Record<string, [name: string, arbitrary: fc.Arbitrary<object>]> = {},
): Record<string, fc.Arbitrary<unknown>> {
  return Object.fromEntries(
    rowsWith(table, 'samples').flatMap((row) => {
      const set = row.samples[kind];
      if (set) return [[row.field, sampled(row, set)]];
      const group = coupled[row.field];
      return group ? [group] : [];
    }),
  );
}
