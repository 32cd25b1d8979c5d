// Builds what Node runs: the `ecr-designer` command and the `ecr-designer/engine` library.
// Runs on `npm install` (prepare), so `npx ecr-designer` works in a fresh clone.
// `node scripts/buildLib.mjs OUTDIR` builds into OUTDIR instead of dist/ (the packed-install
// test builds its own copy, so that it never reads a dist/ another run is rewriting).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const outDir = process.argv[2] ?? 'dist';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
};
// The command is self-contained: yaml and fflate are bundled in, so the package has no
// runtime dependencies and `npm install --omit=dev` of its tarball needs no registry.
await build({
  ...common,
  entryPoints: ['cli/main.ts'],
  outfile: `${outDir}/cli/ecr-designer.js`,
  define: { ECR_DESIGNER_VERSION: JSON.stringify(version) },
  // yaml's Node build is CommonJS and requires 'process'; an ES module bundle needs a real
  // require for that.
  banner: {
    js: "import { createRequire as createRequireOfBundle } from 'node:module';\nconst require = createRequireOfBundle(import.meta.url);",
  },
});
await build({
  ...common,
  entryPoints: ['engine/index.ts'],
  outfile: `${outDir}/engine/index.js`,
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
    `${outDir}/engine`,
    '--rootDir',
    'engine',
  ],
  { stdio: 'inherit' },
);
