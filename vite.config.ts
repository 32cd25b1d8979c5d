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

export default defineConfig({
  plugins: [react(), offlinePlugin()],
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      treeshake: { moduleSideEffects },
    },
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
