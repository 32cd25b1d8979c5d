import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textChange } from './textChange';

describe('textChange', () => {
  it('is nothing for equal texts', () => {
    expect(textChange('abc', 'abc')).toBeUndefined();
  });

  it('finds the changed middle', () => {
    expect(textChange('a: 1\nb: 2\n', 'a: 1\nb: 23\n')).toEqual({
      start: 9,
      oldEnd: 9,
      newEnd: 10,
    });
  });

  it('rebuilds the new text from the old one', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const change = textChange(a, b);
        const rebuilt = change
          ? a.slice(0, change.start) + b.slice(change.start, change.newEnd) + a.slice(change.oldEnd)
          : a;
        expect(rebuilt).toBe(b);
      }),
    );
  });

  it('finds the longest common prefix and suffix, across the blocks it compares at once', () => {
    // Runs of one character too: where a common prefix and suffix could overlap.
    const piece = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', '\n'), maxLength: 3000 }),
      fc.nat(3000).map((n) => 'a'.repeat(n)),
    );
    fc.assert(
      fc.property(piece, piece, piece, piece, (head, old, next, tail) => {
        const [a, b] = [head + old + tail, head + next + tail];
        const change = textChange(a, b);
        if (!change) {
          expect(a).toBe(b);
          return;
        }
        let start = 0;
        while (start < Math.min(a.length, b.length) && a[start] === b[start]) start++;
        let suffix = 0;
        while (
          suffix < Math.min(a.length, b.length) - start &&
          a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
        )
          suffix++;
        expect(change).toEqual({ start, oldEnd: a.length - suffix, newEnd: b.length - suffix });
      }),
      { numRuns: 300 },
    );
  });
});
