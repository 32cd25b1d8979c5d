import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOf } from './imageTable';

const pad = (value: number, length: number) => String(value).padStart(length, '0');

describe('instantOf', () => {
  it('reads what toISOString writes as Date.parse does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        const text = new Date(ms).toISOString();
        expect(instantOf(text)).toBe(Date.parse(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with Date.parse on fields out of range and on other shapes', () => {
    const fieldsArb = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 33 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.integer({ min: 0, max: 61 }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(
        ([y, mo, d, h, mi, s, ms]) =>
          `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}Z`,
      );
    const otherArb = fc.oneof(
      fc.constantFrom(
        '2025-06-30T00:00:00Z',
        '2025-06-30T00:00:00.1234Z',
        '2025-06-30T00:00:00.000+00:00',
        '2025-06-30t00:00:00.000z',
        '2025-06-30T00:00:00.00aZ',
        '+275760-09-13T00:00:00.000Z',
        '',
      ),
      fc.string({ unit: fc.constantFrom('2', '0', '-', 'T', ':', '.', 'Z'), maxLength: 24 }),
    );
    fc.assert(
      fc.property(fc.oneof(fieldsArb, otherArb), (text) => {
        expect(Object.is(instantOf(text), Date.parse(text))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
