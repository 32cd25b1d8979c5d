#!/usr/bin/env node
// The package's command. The compiled CLI is built by `npm install` (the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/ecr-designer.js', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  console.error(
    'ecr-designer: the CLI is not built yet; run `npm run build:lib` in the repository.',
  );
  process.exit(2);
}
await import(compiled.href);
