import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { buildSync } from 'esbuild';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pythonCompileErrors } from '../../oracle/rosetta';
import { type Design, parseDesign, render } from '../index';
import { renderCdkPython } from '../render/cdkPython';
import { renderCdkApp, zipFiles } from './cdkApp';
import { recommendedFeatureFlags } from './recommendedFeatureFlags';

const root = new URL('../../', import.meta.url).pathname;
const fixtureDir = new URL('../fixtures/', import.meta.url);
const validFixtures: [string, Design][] = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.json') && !f.startsWith('invalid-') && !f.startsWith('deploy-'))
  .map((f) => [f, parseDesign(JSON.parse(readFileSync(new URL(f, fixtureDir), 'utf8'))).design!]);

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

describe('CDK app projects', () => {
  it('carry exactly the recommended feature flags of the pinned aws-cdk-lib', () => {
    const flags = createRequire(join(root, 'package.json'))(
      'aws-cdk-lib/recommended-feature-flags.json',
    );
    expect(recommendedFeatureFlags).toEqual(flags);
  });

  it.each(validFixtures)(
    'the TypeScript app of %s synthesizes the engine’s template with aws-cdk-lib',
    (name, design) => {
      // In the temp directory, not the repository: the project's tsconfig.json would make a
      // running `vite` dev server reload the designer.
      const dir = mkdtempSync(join(tmpdir(), `ecr-oracle-app-${name.replace('.json', '')}-`));
      try {
        const files = renderCdkApp(design, 'typescript');
        writeFiles(dir, files);
        const cdkJson = JSON.parse(files['cdk.json']!);
        const entry = cdkJson.app.split(' ').at(-1);
        // The app is compiled as `cdk synth` would run it, reusing this repository's node_modules.
        buildSync({
          entryPoints: [join(dir, entry)],
          outfile: join(dir, 'app.cjs'),
          bundle: true,
          platform: 'node',
          packages: 'external',
          logLevel: 'error',
        });
        const outdir = join(dir, 'cdk.out');
        execFileSync(process.execPath, [join(dir, 'app.cjs')], {
          env: {
            ...process.env,
            CDK_CONTEXT_JSON: JSON.stringify(cdkJson.context),
            CDK_OUTDIR: outdir,
            NODE_PATH: [join(root, 'node_modules'), process.env.NODE_PATH]
              .filter(Boolean)
              .join(delimiter),
          },
          cwd: dir,
        });
        const stackName = design.stackName ?? 'EcrStack';
        const template = JSON.parse(
          readFileSync(join(outdir, `${stackName}.template.json`), 'utf8'),
        );
        expect(JSON.stringify(template)).toBe(JSON.stringify(render(design).template));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('the Python app parses and its stack module is the cdk-py output', () => {
    for (const [, design] of validFixtures) {
      const files = renderCdkApp(design, 'python');
      const sources = Object.entries(files)
        .filter(([path]) => path.endsWith('.py'))
        .map(([path, source]) => ({ name: path, source }));
      expect(pythonCompileErrors(sources)).toEqual([]);
      expect(Object.values(files)).toContain(renderCdkPython(design));
      expect(files['requirements.txt']).toContain('aws-cdk-lib==2.276.0');
    }
  });

  it('zips the files under one folder', () => {
    const files = renderCdkApp(validFixtures[0]![1], 'typescript');
    const unzipped = unzipSync(zipFiles('ecr-stack', files));
    expect(Object.keys(unzipped).sort()).toEqual(
      Object.keys(files)
        .map((p) => `ecr-stack/${p}`)
        .sort(),
    );
    expect(strFromU8(unzipped['ecr-stack/package.json']!)).toBe(files['package.json']);
  });
});
