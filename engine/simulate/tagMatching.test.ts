import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectionClasses, type TagSelection } from './tagMatching';

/**
 * ECR's tag requirement (ecr-lifecycle-spec.md §1.4.2) written plainly, the reference for the
 * fast selectionClasses: every entry of a tagged selection's list is matched by some tag, a
 * pattern being an anchored regular expression with '.*' for each '*'.
 */
function selects(selection: TagSelection, tags: readonly string[]): boolean {
  const status = selection.tagStatus.toLowerCase();
  if (status === 'any') return true;
  if (status === 'untagged') return tags.length === 0;
  if (tags.length === 0) return false;
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const entries = selection.tagPrefixList
    ? selection.tagPrefixList.map((prefix) => new RegExp(`^${literal(prefix)}`, 's'))
    : (selection.tagPatternList ?? []).map(
        (pattern) => new RegExp(`^${pattern.split('*').map(literal).join('.*')}$`, 's'),
      );
  return entries.every((entry) => tags.some((tag) => entry.test(tag)));
}

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
  it('puts each image in a class of exactly the selections that select it', () => {
    fc.assert(
      fc.property(fc.array(selectionArb, { maxLength: 5 }), imagesArb, (selections, images) => {
        const { classOf, members } = selectionClasses(selections, images);
        images.forEach(({ tags }, i) => {
          const expected = selections.flatMap((s, k) => (selects(s, tags) ? [k] : []));
          expect([...members[classOf[i]!]!]).toEqual(expected);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
