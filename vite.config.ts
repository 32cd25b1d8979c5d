import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { offlinePlugin } from './scripts/offlinePlugin.ts';

const engineDir = fileURLToPath(new URL('./engine/', import.meta.url));

/**
 * Whether evaluating a module may do more than define its exports. Not for the engine, pure by
 * design (style.md), whose top-level tables and schemas would otherwise all join the first load
 * with engine/index.ts, so that each chunk carries only the engine code it uses; nor for yaml,
 * which does not declare itself side-effect free though only the import worker parses YAML.
 */
function moduleSideEffects(id: string): boolean {
  return !id.startsWith(engineDir) && !id.includes('/node_modules/yaml/');
}

/**
 * Everything the first paint needs in one chunk. Left to itself, the bundler puts each group of
 * modules that the entry shares with a lazy chunk (the printers, the entity sections) in a small
 * chunk of its own, all of them preloaded: gzip then starts afresh for each, and the first load
 * grows by some 4 kB. Lazy chunks import what they share from this one instead.
 */
const firstLoadChunk = { name: 'index', tags: ['$initial' as const] };

export default defineConfig({
  plugins: [react(), offlinePlugin()],
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      treeshake: { moduleSideEffects },
      output: { codeSplitting: { groups: [firstLoadChunk] } },
    },
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
