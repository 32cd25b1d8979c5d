import { describe, expect, it } from 'vitest';
import { assertPropertyInBatches } from '../../oracle/assertProperty';
import { creationTemplateTexts } from '../../oracle/creationTemplateTexts';
import { fullDesignArbitrary } from '../../oracle/designArbitrary';
import { fixtureNames, loadFixture } from '../../oracle/fixtures';
import {
  comparePython,
  type PythonPair,
  pythonCompileErrors,
  pythonJsonTexts,
  translateToPython,
  withoutJsonData,
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
    const { python, diagnostics } = translationOf(withoutJsonData(renderCdkTypescript(design)));
    if (diagnostics.length > 0)
      problems.push(`${name}: rosetta diagnostics:\n${diagnostics.join('\n')}`);
    else {
      const jsonTexts = (creationTemplateTexts(design) ?? []).flat();
      pairs.push({ name, expected: python, actual: renderCdkPython(design), jsonTexts });
    }
  }
  const mismatches = pairs.length > 0 ? comparePython(pairs) : [];
  return [...problems, ...mismatches.map(({ name, diff }) => `${name}:\n${diff}`)];
}

const compileErrors = (designs: readonly (readonly [string, Design])[]) =>
  pythonCompileErrors(designs.map(([name, design]) => ({ name, source: renderCdkPython(design) })));
/**
 * Rosetta does not translate JSON.stringify, so Python's own json module is the check of the
 * creation templates' json.dumps: what it computes must be the template's strings, which the
 * TypeScript oracles hold to aws-cdk-lib's.
 */
function jsonTextMismatches(designs: readonly (readonly [string, Design])[]): string[] {
  const withTexts = designs.flatMap(([name, design]) => {
    const texts = creationTemplateTexts(design);
    return texts === undefined || texts.length === 0 ? [] : [{ name, design, texts }];
  });
  if (withTexts.length === 0) return [];
  const files = withTexts.map(({ name, design }) => ({ name, source: renderCdkPython(design) }));
  return pythonJsonTexts(files).flatMap((computed, i) => {
    const { name, texts } = withTexts[i]!;
    if (computed.error !== undefined) return [`${name}: ${computed.error}`];
    const same = JSON.stringify(computed.texts) === JSON.stringify(texts);
    return same
      ? []
      : [
          `${name}: Python computes ${JSON.stringify(computed.texts)}, the template has ${JSON.stringify(texts)}`,
        ];
  });
}

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

  it('computes the creation templates’ JSON strings of the template with json.dumps (fixtures)', () => {
    const checked = fixtures.filter(
      ([, design]) => (creationTemplateTexts(design) ?? []).length > 0,
    );
    expect(checked.length).toBeGreaterThan(0);
    expect(jsonTextMismatches(fixtures)).toEqual([]);
  });

  it('computes the creation templates’ JSON strings with json.dumps (random designs)', () => {
    assertPropertyInBatches(
      'json.dumps gives the template’s strings',
      fullDesignArbitrary,
      (designs) => jsonTextMismatches(numbered(designs)),
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
