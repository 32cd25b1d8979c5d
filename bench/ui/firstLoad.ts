/**
 * The first load of a production build: the scripts and styles index.html names (the entry
 * chunk, and as modulepreload links the chunks it imports statically), which the browser must
 * download before the designer is usable. Shared by `npm run bench:ui` and the budget check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The first-load JavaScript may be at most this many kB (1,024 bytes) after gzip. It is 125.6:
 * the analysis and the printers load on demand (loadPrinters) beside the lazy editor, the share
 * link codec with its deflate library on demand too (loadLinkCodec), and the first load is one
 * chunk. In shares of the gzip by minified size it is React DOM 65, TanStack Form with its store
 * 21 (the forms), the app some 25, the design model and property tables the rest.
 */
export const firstLoadBudgetKb = 130;

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
