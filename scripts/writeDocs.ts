// `npm run docs`: writes the generated reference documentation (scripts/referenceDocs.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { referenceDocs } from './referenceDocs';

for (const [path, text] of Object.entries(
  referenceDocs(readFileSync('examples/images.json', 'utf8')),
)) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
