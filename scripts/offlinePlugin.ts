/**
 * Emits sw.js, the service worker of app/offline/serviceWorker.ts, with the list of every file
 * of the build to cache and a cache name that changes with them: the designer works offline
 * once it has loaded.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import type { Plugin } from 'vite';

export function offlinePlugin(): Plugin {
  let base = '/';
  let publicFiles: string[] = [];
  return {
    name: 'ecr-designer-offline',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
      publicFiles = config.publicDir
        ? readdirSync(config.publicDir, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => relative(config.publicDir, join(entry.parentPath, entry.name)))
        : [];
    },
    generateBundle(_options, bundle) {
      const files = [...Object.keys(bundle), ...publicFiles]
        .filter((file) => !file.endsWith('.map'))
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      const { code } = transformSync(readFileSync('app/offline/serviceWorker.ts', 'utf8'), {
        loader: 'ts',
        format: 'iife',
        target: 'es2022',
        define: {
          __PRECACHE_URLS__: JSON.stringify([base, ...files.map((file) => `${base}${file}`)]),
          __CACHE_NAME__: JSON.stringify(`ecr-designer-${version}`),
        },
      });
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: code });
    },
  };
}
