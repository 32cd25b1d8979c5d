import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullDesignArbitrary } from '../../oracle/designArbitrary';
import { fixtureNames, loadFixture } from '../../oracle/fixtures';
import {
  comparePython,
  type PythonPair,
  pythonCompileErrors,
  translateToPython,
} from '../../oracle/rosetta';
import type { Design } from '../index';
import { renderCdkPython } from './cdkPython';
import { renderCdkTypescript } from './cdkTypescript';

const fixtures: [string, Design][] = fixtureNames().map((f) => [f, loadFixture(f)]);

function pairFor(name: string, design: Design): PythonPair {
  const { python, diagnostics } = translateToPython(renderCdkTypescript(design));
  if (diagnostics.length > 0)
    throw new Error(`${name}: rosetta diagnostics:\n${diagnostics.join('\n')}`);
  return { name, expected: python, actual: renderCdkPython(design) };
}

describe('generated CDK Python', () => {
  it('compiles with python3 for every fixture and random design', () => {
    const designs = [
      ...fixtures,
      ...fc
        .sample(fullDesignArbitrary, { numRuns: 200, seed: 11 })
        .map((d, i): [string, Design] => [`random-${i}`, d]),
    ];
    expect(
      pythonCompileErrors(
        designs.map(([name, design]) => ({ name, source: renderCdkPython(design) })),
      ),
    ).toEqual([]);
  });

  it('equals jsii-rosetta’s translation of the TypeScript (fixtures and ≥ 100 random designs)', () => {
    const runs = Number(process.env.ROSETTA_RUNS ?? 100);
    const randoms = fc
      .sample(fullDesignArbitrary, { numRuns: runs })
      .map((d, i): [string, Design] => [`random-${i}`, d]);
    const pairs = [...fixtures, ...randoms].map(([name, design]) => pairFor(name, design));
    const mismatches = comparePython(pairs);
    if (mismatches.length > 0) {
      const first = mismatches[0]!;
      const design = [...fixtures, ...randoms].find(([name]) => name === first.name)?.[1];
      throw new Error(
        `${mismatches.length} mismatches; first ${first.name}:\n${first.diff}\n${JSON.stringify(design)}`,
      );
    }
  }, 600_000);
});
