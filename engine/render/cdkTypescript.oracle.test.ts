import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty, assertPropertyInBatches } from '../../oracle/assertProperty';
import { fullDesignArbitrary } from '../../oracle/designArbitrary';
import { fixtureNames, loadFixture } from '../../oracle/fixtures';
import { synthStack } from '../../oracle/synthCdk';
import { adversarialText } from '../../oracle/tableArbitrary';
import { type Design, render } from '../index';

const nodeModules = new URL('../../node_modules/', import.meta.url).pathname;

/** tsc's complaints about the engine's CDK TypeScript of the designs, under strict settings. */
function typecheckErrors(designs: readonly Design[]): string[] {
  // In the temp directory, not the repository: a tsconfig.json written inside it makes a
  // running `vite` dev server reload the designer. The packages resolve through `paths`.
  const workDir = mkdtempSync(join(tmpdir(), 'ecr-oracle-typecheck-'));
  try {
    for (const [index, design] of designs.entries()) {
      writeFileSync(join(workDir, `stack${index}.ts`), render(design).cdkTypescript);
    }
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noUnusedLocals: true,
        noUnusedParameters: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        verbatimModuleSyntax: true,
        skipLibCheck: true,
        noEmit: true,
        types: [],
        paths: {
          'aws-cdk-lib': [`${nodeModules}aws-cdk-lib`],
          'aws-cdk-lib/*': [`${nodeModules}aws-cdk-lib/*`],
          constructs: [`${nodeModules}constructs`],
        },
      },
      include: ['*.ts'],
    };
    writeFileSync(join(workDir, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = `${nodeModules}typescript/bin/tsc`;
    try {
      execFileSync(process.execPath, [tsc, '-p', join(workDir, 'tsconfig.json')], {
        encoding: 'utf8',
      });
      return [];
    } catch (error) {
      return [String((error as { stdout?: string }).stdout ?? error)];
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

describe('generated CDK TypeScript', () => {
  it('type-checks against aws-cdk-lib under strict settings (fixtures)', () => {
    expect(typecheckErrors(fixtureNames().map(loadFixture))).toEqual([]);
  });

  it('type-checks against aws-cdk-lib under strict settings (random designs)', () => {
    assertPropertyInBatches('strict type check', fullDesignArbitrary, typecheckErrors, {
      runs: 60,
    });
  });

  it('carries adversarial strings into the template unchanged', () => {
    const textDesign = fc.record({
      description: adversarialText,
      tagKey: adversarialText.filter((s) => s.length > 0),
      tagValue: adversarialText.filter((s) => s.length > 0),
      prefix: adversarialText,
      // Ids such as 'valueOf' are taken by Object.prototype in constructs' child map (a CDK error).
      id: adversarialText.filter(
        (s) => s.length > 0 && !(s.replace(/\//g, '--') in Object.prototype),
      ),
    });
    assertProperty(
      'adversarial strings',
      textDesign,
      ({ description, tagKey, tagValue, prefix, id }) => {
        const design: Design = {
          version: 1,
          repositories: [
            {
              id,
              tags: { [tagKey]: tagValue },
              lifecycleRules: [{ description, tagPrefixList: [prefix || 'p'], maxImageCount: 1 }],
            },
          ],
        };
        const result = synthStack(render(design).cdkTypescript, 'EcrStack');
        if (!result.ok) throw new Error(`aws-cdk-lib failed: ${result.messages.join('; ')}`);
        const resource = Object.values(
          (
            result.template as {
              Resources: Record<string, { Properties: Record<string, unknown> }>;
            }
          ).Resources,
        )[0]!;
        const policy = JSON.parse(
          (resource.Properties.LifecyclePolicy as { LifecyclePolicyText: string })
            .LifecyclePolicyText,
        );
        expect(policy.rules[0].description).toBe(description);
        expect(policy.rules[0].selection.tagPrefixList).toEqual([prefix || 'p']);
        expect(resource.Properties.Tags).toEqual([{ Key: tagKey, Value: tagValue }]);
      },
      { runs: 150 },
    );
  });
});
