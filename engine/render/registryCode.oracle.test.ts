/**
 * The registry fixtures’ CDK Python (engine/fixtures/*registry-*.json, invalid ones too): python3 compiles it and it
 * equals jsii-rosetta's translation of the engine's TypeScript. The whole-suite tests
 * (cdkPython.oracle.test.ts) cover them too; this file checks them alone, quickly.
 */
import { describe, expect, it } from 'vitest';
import { fixtureNames, loadFixture } from '../../oracle/fixtures';
import { comparePython, pythonCompileErrors, translateToPython } from '../../oracle/rosetta';
import { renderCdkPython } from './cdkPython';
import { renderCdkTypescript } from './cdkTypescript';

const registryFixtures = fixtureNames()
  .filter((name) => /registry-/.test(name))
  .map((name) => [name, loadFixture(name)] as const);

describe('registry fixtures in CDK Python', () => {
  it('has fixtures', () => {
    expect(registryFixtures.length).toBeGreaterThan(1);
  });

  it('compiles with python3', () => {
    const files = registryFixtures.map(([name, design]) => ({
      name,
      source: renderCdkPython(design),
    }));
    expect(pythonCompileErrors(files)).toEqual([]);
  });

  it('equals jsii-rosetta’s translation of the TypeScript', () => {
    const problems: string[] = [];
    const pairs = registryFixtures.flatMap(([name, design]) => {
      const { python, diagnostics } = translateToPython(renderCdkTypescript(design));
      if (diagnostics.length > 0) problems.push(`${name}: ${diagnostics.join('\n')}`);
      return diagnostics.length > 0
        ? []
        : [{ name, expected: python, actual: renderCdkPython(design) }];
    });
    const diffs = comparePython(pairs).map(({ name, diff }) => `${name}:\n${diff}`);
    expect([...problems, ...diffs]).toEqual([]);
  }, 300_000);
});
