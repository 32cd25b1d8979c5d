import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAgainstCdk } from '../../oracle/checkAgainstCdk';
import { designArbitrary } from '../../oracle/designArbitrary';
import { type Design, parseDesign } from '../index';

const fixtureDir = new URL('../fixtures/', import.meta.url);

function loadFixture(name: string): Design {
  const parsed = parseDesign(JSON.parse(readFileSync(new URL(name, fixtureDir), 'utf8')));
  if (!parsed.design) throw new Error(`${name}: ${JSON.stringify(parsed.findings)}`);
  return parsed.design;
}

const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.json'));

describe('fixtures against aws-cdk-lib', () => {
  it.each(fixtures)('%s', (name) => {
    const outcome = checkAgainstCdk(loadFixture(name));
    const expected = name.startsWith('invalid-') ? 'error' : 'template';
    expect(outcome.kind.endsWith('error') ? 'error' : 'template').toBe(expected);
  });
});

describe('random designs against aws-cdk-lib', () => {
  it('agree with the engine on at least 300 designs, valid and invalid', () => {
    const kinds: Record<string, number> = {};
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const { kind } = checkAgainstCdk(design);
        kinds[kind] = (kinds[kind] ?? 0) + 1;
      }),
      { numRuns: Number(process.env.ORACLE_RUNS ?? 300) },
    );
    console.log('oracle property run:', JSON.stringify(kinds));
    expect(kinds.template ?? 0).toBeGreaterThan(30);
  });
});
