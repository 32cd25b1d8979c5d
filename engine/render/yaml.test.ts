import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml } from './yaml';

const jsonValue = fc.jsonValue({ maxDepth: 4 });

describe('toYaml', () => {
  it('reads back as the same value, key order included, for any JSON value', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const normalized = JSON.parse(JSON.stringify(value));
        expect(JSON.stringify(parse(toYaml(normalized)))).toBe(JSON.stringify(normalized));
      }),
      { numRuns: 1000 },
    );
  });

  it('quotes strings YAML would read as something else', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'true',
          'No',
          'null',
          '~',
          '1',
          '0x1F',
          '1e3',
          '- x',
          ': y',
          'a: b',
          'a #c',
          ' lead',
          'trail ',
          '@x',
          '!Ref',
          '*a',
          '&a',
          '{}',
          '[]',
          '',
          '\u2028',
          '\u0085',
          'é',
        ),
        (s) => {
          expect(parse(toYaml({ k: s, [s]: 'v' }))).toEqual({ k: s, [s]: 'v' });
        },
      ),
    );
  });

  it('prints templates in block style', () => {
    expect(
      toYaml({
        Resources: {
          R: { Type: 'AWS::ECR::Repository', Properties: { Tags: [{ Key: 'a', Value: 'b' }] } },
        },
      }),
    ).toBe(
      'Resources:\n  R:\n    Type: AWS::ECR::Repository\n    Properties:\n      Tags:\n        - Key: a\n          Value: b\n',
    );
  });
});
