/**
 * The first load of a production build: the scripts and styles index.html names (the entry
 * chunk, and as modulepreload links the chunks it imports statically), which the browser must
 * download before the designer is usable. Shared by `npm run bench:ui` and the budget check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The first-load JavaScript may be at most this many kB (1,024 bytes) after gzip. The aim is
 * 130. With the printers loaded on demand and the first load in one chunk it is 142, in shares
 * of the gzip by minified size: React DOM 63, TanStack Form with its store 20 (the forms), React
 * and its scheduler 4, fflate 3 (share links), the engine's checks, template and schemas 27, the
 * app 24. The check holds the line some 3 kB above that, the room the first load had before.
 */
export const firstLoadBudgetKb = 145;

export interface FirstLoadFile {
  /** Relative to the build directory, e.g. `assets/index-C8kPrSAK.js`. */
  file: string;
  gzipBytes: number;
}

export interface FirstLoad {
  jsGzipBytes: number;
  cssGzipBytes: number;
  /** Largest first. */
  files: FirstLoadFile[];
}

export function firstLoadOf(distDir: string): FirstLoad {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  );
  const files = refs
    .map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(distDir, file))).length }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const total = (ext: string) =>
    files.filter((f) => f.file.endsWith(ext)).reduce((sum, f) => sum + f.gzipBytes, 0);
  return { jsGzipBytes: total('.js'), cssGzipBytes: total('.css'), files };
}

/** kB (1,024 bytes) to one decimal, as the bench and the budget print them. */
export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
