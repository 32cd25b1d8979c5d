import { describe, expect, it } from 'vitest';
import { assertProperty } from '../../oracle/assertProperty';
import { checkAgainstCdk } from '../../oracle/checkAgainstCdk';
import { fullDesignArbitrary } from '../../oracle/designArbitrary';
import { fixtureNames, loadFixture } from '../../oracle/fixtures';

const fixtures = fixtureNames();

describe('fixtures against aws-cdk-lib', () => {
  it.each(fixtures)('%s', (name) => {
    const outcome = checkAgainstCdk(loadFixture(name));
    const expected = /(^|\/)invalid-/.test(name) ? 'error' : 'template';
    expect(outcome.kind.endsWith('error') ? 'error' : 'template').toBe(expected);
  });
});

describe('random designs against aws-cdk-lib', () => {
  it('agree with the engine on at least 300 designs, valid and invalid', () => {
    const kinds: Record<string, number> = {};
    assertProperty(
      'engine against aws-cdk-lib',
      fullDesignArbitrary,
      (design) => {
        const { kind } = checkAgainstCdk(design);
        kinds[kind] = (kinds[kind] ?? 0) + 1;
      },
      { runs: 300 },
    );
    console.log('oracle property run:', JSON.stringify(kinds));
    const total = Object.values(kinds).reduce((sum, n) => sum + n, 0);
    expect(kinds.template ?? 0).toBeGreaterThan(total / 10);
  });
});
