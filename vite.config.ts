import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { offlinePlugin } from './scripts/offlinePlugin.ts';

export default defineConfig({
  plugins: [react(), offlinePlugin()],
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    sourcemap: false,
    // yaml does not declare itself side-effect free; only the import worker parses YAML,
    // so the first-load chunk must not carry it.
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/node_modules/yaml/') },
    },
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
