/**
 * Every output of every fixture and of N random designs (fixed seed), one JSON line per design:
 * the before/after check of a refactoring that must change no byte. Usage:
 *   node scripts/runTs.mjs scripts/outputDigest.ts OUT.jsonl [RUNS]
 * then `cmp` (or `diff`) two files written before and after the change.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  type Design,
  encodeLink,
  importText,
  parseDesign,
  render,
  renderCdkApp,
  renderSnippet,
} from '../engine/index';
import { fullDesignArbitrary } from '../oracle/designArbitrary';

const [out, runs = '1000'] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/runTs.mjs scripts/outputDigest.ts OUT.jsonl [RUNS]');
  process.exit(2);
}

/** A path as the findings print it (`repositories[0].tags`), whether held as text or as keys. */
function pathText(path: unknown): unknown {
  if (!Array.isArray(path)) return path;
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${key}`,
    '',
  );
}

/**
 * Findings as their reader sees them (severity, origin, path text, message): how a path is held
 * and which codes name them may change in a refactoring, what they say may not.
 */
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalized);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if ('severity' in record && 'message' in record && 'path' in record) {
    const { code: _code, ...finding } = record;
    return { ...finding, path: pathText(finding.path) };
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, normalized(v)]));
}

function outputsOf(design: Design): unknown {
  const result = render(design);
  const imported = result.cfnJson === undefined ? undefined : importText(result.cfnJson);
  return normalized({
    ...result,
    snippets: design.repositories.map((_, i) => [
      renderSnippet(design, i, 'typescript'),
      renderSnippet(design, i, 'python'),
    ]),
    app: [renderCdkApp(design, 'typescript'), renderCdkApp(design, 'python')],
    link: encodeLink(design),
    imported,
  });
}

// Read from the working directory: the bundled script has no module URL of its own to go by.
const fixtures = ['engine/fixtures/', 'engine/fixtures/entities/'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${dir}${f}`),
);
const designs: [string, Design][] = fixtures.flatMap((file) => {
  const { design } = parseDesign(JSON.parse(readFileSync(file, 'utf8')));
  return design ? [[file, design]] : [];
});
fc.sample(fullDesignArbitrary, { seed: 14, numRuns: Number(runs) }).forEach((design, i) => {
  designs.push([`random-${i}`, design]);
});
const lines = designs.map(([name, design]) => JSON.stringify({ name, outputs: outputsOf(design) }));
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${designs.length} designs written to ${out}`);
