import { describe, expect, it } from 'vitest';
import { assertPropertyInBatches } from '../../oracle/assertProperty';
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

const fixtures: (readonly [string, Design])[] = fixtureNames().map((f) => [f, loadFixture(f)]);

/** Rosetta's Python of each stack module, kept: a failing batch is checked again in halves. */
const translations = new Map<string, ReturnType<typeof translateToPython>>();
function translationOf(typescript: string): ReturnType<typeof translateToPython> {
  const translation = translations.get(typescript) ?? translateToPython(typescript);
  translations.set(typescript, translation);
  return translation;
}

/** Rosetta's diagnostics and the differences of the engine's Python from rosetta's, for each design. */
function rosettaMismatches(designs: readonly (readonly [string, Design])[]): string[] {
  const problems: string[] = [];
  const pairs: PythonPair[] = [];
  for (const [name, design] of designs) {
    const { python, diagnostics } = translationOf(renderCdkTypescript(design));
    if (diagnostics.length > 0)
      problems.push(`${name}: rosetta diagnostics:\n${diagnostics.join('\n')}`);
    else pairs.push({ name, expected: python, actual: renderCdkPython(design) });
  }
  const mismatches = pairs.length > 0 ? comparePython(pairs) : [];
  return [...problems, ...mismatches.map(({ name, diff }) => `${name}:\n${diff}`)];
}

const compileErrors = (designs: readonly (readonly [string, Design])[]) =>
  pythonCompileErrors(designs.map(([name, design]) => ({ name, source: renderCdkPython(design) })));
const numbered = (designs: readonly Design[]) =>
  designs.map((design, i) => [`random-${i}`, design] as const);

describe('generated CDK Python', () => {
  it('compiles with python3 for every fixture', () => {
    expect(compileErrors(fixtures)).toEqual([]);
  });

  it('compiles with python3 for random designs', () => {
    assertPropertyInBatches(
      'python3 compiles',
      fullDesignArbitrary,
      (designs) => compileErrors(numbered(designs)),
      { runs: 200 },
    );
  });

  it('equals jsii-rosetta’s translation of the TypeScript for every fixture', () => {
    expect(rosettaMismatches(fixtures)).toEqual([]);
  }, 600_000);

  it('equals jsii-rosetta’s translation of the TypeScript for ≥ 100 random designs', () => {
    assertPropertyInBatches(
      'rosetta translation',
      fullDesignArbitrary,
      (designs) => rosettaMismatches(numbered(designs)),
      { runs: Number(process.env.ROSETTA_RUNS ?? 100) },
    );
  }, 600_000);
});
