import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adversarialText, designArbitrary } from '../../oracle/designArbitrary';
import { synthStack } from '../../oracle/synthCdk';
import { type Design, parseDesign, render } from '../index';

const fixtureDir = new URL('../fixtures/', import.meta.url);
const workDir = new URL('../../.oracle-tmp/typecheck/', import.meta.url);

function fixtureDesigns(): Design[] {
  return readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => parseDesign(JSON.parse(readFileSync(new URL(f, fixtureDir), 'utf8'))).design!);
}

describe('generated CDK TypeScript', () => {
  it('type-checks against aws-cdk-lib under strict settings (fixtures and random designs)', () => {
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    const designs = [...fixtureDesigns(), ...fc.sample(designArbitrary, { numRuns: 60, seed: 7 })];
    for (const [index, design] of designs.entries()) {
      writeFileSync(new URL(`stack${index}.ts`, workDir), render(design).cdkTypescript);
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
      },
      include: ['*.ts'],
    };
    writeFileSync(new URL('tsconfig.json', workDir), JSON.stringify(tsconfig));
    const tsc = new URL('../../node_modules/typescript/bin/tsc', import.meta.url).pathname;
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', new URL('tsconfig.json', workDir).pathname], {
        encoding: 'utf8',
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });

  it('carries adversarial strings into the template unchanged', () => {
    const textDesign = fc.record({
      description: adversarialText,
      tagKey: adversarialText.filter((s) => s.length > 0),
      tagValue: adversarialText.filter((s) => s.length > 0),
      prefix: adversarialText,
      id: adversarialText.filter((s) => s.length > 0),
    });
    fc.assert(
      fc.property(textDesign, ({ description, tagKey, tagValue, prefix, id }) => {
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
      }),
      { numRuns: 150 },
    );
  });
});
