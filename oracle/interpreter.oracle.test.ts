/**
 * Issue 12, point 1: the engine against an independent interpreter of the design format that
 * calls aws-cdk-lib's API directly (oracle/interpret). Every fixture and many random designs,
 * valid and invalid, go through both paths, and through today's check of the engine's own CDK
 * TypeScript as well: both must hold.
 *
 * ORACLE_RUNS sets the number of random designs (default 300), ORACLE_SEED reproduces a run.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../engine/index';
import { assertProperty, runCount } from './assertProperty';
import { checkAgainstCdk } from './checkAgainstCdk';
import { checkAgainstInterpreter } from './checkAgainstInterpreter';
import { fullDesignArbitrary } from './designArbitrary';
import { fixtureNames, loadFixture } from './fixtures';

/** Both checks on one design, the interpreter's first: returns the outcome's kind. */
function checkBoth(design: Design): string {
  const outcome = checkAgainstInterpreter(design);
  if (outcome.kind === 'template') {
    // A readable diff first, then the text: key order is part of "exactly".
    expect(outcome.engineTemplate).toEqual(outcome.interpretedTemplate);
    expect(JSON.stringify(outcome.engineTemplate)).toBe(
      JSON.stringify(outcome.interpretedTemplate),
    );
  }
  checkAgainstCdk(design);
  return outcome.kind;
}

describe('fixtures: the engine against the interpreter', () => {
  it.each(fixtureNames())('%s', (name) => {
    const kind = checkBoth(loadFixture(name));
    const expected = /(^|\/)invalid-/.test(name) ? 'error' : 'template';
    expect(kind.endsWith('error') ? 'error' : 'template').toBe(expected);
  });
});

const runs = 300;
const numRuns = runCount(runs);

describe('random designs: the engine against the interpreter', () => {
  // About 0.1 s a design on this machine; the budget leaves room for a busy one and a large ORACLE_RUNS.
  it('agree on every design, valid and invalid', { timeout: 60_000 + numRuns * 500 }, () => {
    const kinds: Record<string, number> = {};
    assertProperty(
      'interpreter oracle',
      fullDesignArbitrary,
      (design) => {
        const kind = checkBoth(design);
        kinds[kind] = (kinds[kind] ?? 0) + 1;
      },
      { runs },
    );
    console.log('interpreter oracle outcomes:', JSON.stringify(kinds));
    expect(kinds.template ?? 0).toBeGreaterThan(numRuns / 10);
  });
});
