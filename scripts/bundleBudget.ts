/**
 * `npm run budget [BUILD_DIR]`, after `vite build`: fails when the first-load JavaScript of the
 * build (dist/app by default) is over its budget (issue 14), and prints the figure and what
 * makes it up either way.
 */
import { firstLoadBudgetKb, firstLoadOf, kb } from '../bench/ui/firstLoad';

const { jsGzipBytes, files } = firstLoadOf(process.argv[2] ?? 'dist/app');
const figure = kb(jsGzipBytes);

for (const { file, gzipBytes } of files.filter((f) => f.file.endsWith('.js'))) {
  console.log(`${String(kb(gzipBytes)).padStart(7)} kB  ${file}`);
}
if (jsGzipBytes > firstLoadBudgetKb * 1024) {
  console.error(
    `First-load JavaScript is ${figure} kB gzip, over its budget of ${firstLoadBudgetKb} kB. ` +
      'Load what the first paint does not need with import() or React.lazy.',
  );
  process.exit(1);
}
console.log(`First-load JavaScript: ${figure} kB gzip (budget ${firstLoadBudgetKb} kB).`);
