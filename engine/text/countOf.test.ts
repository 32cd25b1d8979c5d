import { describe, expect, it } from 'vitest';
import { countOf } from './countOf';

describe('countOf', () => {
  it('puts the noun in the number the count needs', () => {
    expect(countOf(0, 'image')).toBe('0 images');
    expect(countOf(1, 'image')).toBe('1 image');
    expect(countOf(2, 'deploy-time error')).toBe('2 deploy-time errors');
    expect(countOf(1, 'day')).toBe('1 day');
    expect(countOf(1.5, 'day')).toBe('1.5 days');
    expect(countOf(3, 'entry', 'entries')).toBe('3 entries');
  });
});
