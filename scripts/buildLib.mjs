// Builds what Node runs: the `ecr-designer` command and the `ecr-designer/engine` library.
// Runs on `npm install` (prepare), so `npx ecr-designer` works in a fresh clone.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: ['cli/main.ts'],
  outfile: 'dist/cli/ecr-designer.js',
  packages: 'external',
});
await build({
  ...common,
  entryPoints: ['engine/index.ts'],
  outfile: 'dist/engine/index.js',
  platform: 'neutral',
});
execFileSync(
  process.execPath,
  [
    'node_modules/typescript/bin/tsc',
    '-p',
    'tsconfig.engine.json',
    '--noEmit',
    'false',
    '--declaration',
    '--emitDeclarationOnly',
    '--outDir',
    'dist/engine',
    '--rootDir',
    'engine',
  ],
  { stdio: 'inherit' },
);
