import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesTagRequirement, selectionClasses, type TagSelection } from './tagMatching';

// A small alphabet, so that prefixes and patterns often match; '*' in tags and prefixes too.
const textArb = fc.string({ unit: fc.constantFrom('a', 'b', '-', '*', '1'), maxLength: 4 });
const selectionArb: fc.Arbitrary<TagSelection> = fc.oneof(
  fc.record({ tagStatus: fc.constantFrom('any', 'ANY', 'untagged', 'Untagged', 'unknown') }),
  fc.record({
    tagStatus: fc.constantFrom('tagged', 'TAGGED'),
    tagPrefixList: fc.array(textArb, { maxLength: 3 }),
  }),
  fc.record({
    tagStatus: fc.constant('tagged'),
    tagPatternList: fc.array(textArb, { maxLength: 3 }),
  }),
  fc.record({ tagStatus: fc.constant('tagged') }),
);
const imagesArb = fc.array(fc.record({ tags: fc.array(textArb, { maxLength: 4 }) }), {
  maxLength: 20,
});

describe('selectionClasses', () => {
  it('puts each image in a class of exactly the selections matchesTagRequirement admits', () => {
    fc.assert(
      fc.property(fc.array(selectionArb, { maxLength: 5 }), imagesArb, (selections, images) => {
        const { classOf, members } = selectionClasses(selections, images);
        images.forEach(({ tags }, i) => {
          const expected = selections.flatMap((s, k) =>
            matchesTagRequirement(s, tags) ? [k] : [],
          );
          expect([...members[classOf[i]!]!]).toEqual(expected);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
