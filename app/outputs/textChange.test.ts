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
});
