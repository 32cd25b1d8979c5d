// Runs a TypeScript entry point under Node 20 (no type stripping there): bundles it with
// esbuild into node_modules/.cache, dependencies left external, then imports it.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/runTs.mjs ENTRY.ts [ARGS...]');
  process.exit(2);
}
const outDir = resolve('node_modules/.cache/run-ts');
mkdirSync(outDir, { recursive: true });
// Named after the entry's full path too, so two checkouts sharing node_modules never swap bundles.
const tag = createHash('sha256').update(resolve(entry)).digest('hex').slice(0, 8);
const outfile = resolve(outDir, `${basename(entry, '.ts')}-${tag}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
