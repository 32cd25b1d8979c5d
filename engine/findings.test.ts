/**
 * Every finding carries a code of the registry, and a code names one kind of finding: all its
 * findings have one severity and one origin, and their messages share the text its producer
 * writes around the values. The findings are those of the fixtures, of random designs, of what
 * they render imported back, and of copies of them and of real AWS CLI output with a few
 * places broken.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullDesignArbitrary } from '../oracle/designArbitrary';
import { cdkCodes } from './findingCodes/cdkCodes';
import { designCodes } from './findingCodes/designCodes';
import { importCodes } from './findingCodes/importCodes';
import { lifecycleCodes } from './findingCodes/lifecycleCodes';
import { outputCodes } from './findingCodes/outputCodes';
import { previewCodes } from './findingCodes/previewCodes';
import { registryCodes } from './findingCodes/registryCodes';
import { type Finding, FindingCode } from './findings';
import { type Design, importText, parseDesign, readImages, readInUseText, render } from './index';

const jsonFiles = (dir: URL, names: readonly string[]): unknown[] =>
  names.map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
const fixtureRoot = new URL('./fixtures/', import.meta.url);
const fixtures = ['', 'entities/'].flatMap((dir) =>
  jsonFiles(
    fixtureRoot,
    readdirSync(new URL(dir, fixtureRoot))
      .filter((file) => file.endsWith('.json'))
      .map((file) => `${dir}${file}`),
  ),
);
const testdata = new URL('./simulate/testdata/', import.meta.url);
const [describeImages, batchGetImage, lifecyclePolicy] = jsonFiles(testdata, [
  'describe-images-v2.json',
  'batch-get-image.json',
  'get-lifecycle-policy.json',
]);
const inUse = jsonFiles(testdata, [
  'in-use/ecs-describe-task-definition.json',
  'in-use/ecs-describe-tasks.json',
  'in-use/kubectl-pods.json',
  'in-use/lambda-get-function.json',
]);

type Place = (string | number)[];
type Node = Record<string | number, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

function placesOf(value: unknown, at: Place = []): Place[] {
  if (!isNode(value)) return [at];
  return [at, ...Object.entries(value).flatMap(([key, v]) => placesOf(v, [...at, key]))];
}

/** Sets, deletes or adds an unknown key at the place `path` of `root`, in place. */
function breakAt(root: unknown, path: Place, how: string, junk: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((n, key) => (isNode(n) ? n[key] : n), root);
  const key = path.at(-1);
  if (!isNode(parent) || key === undefined) return;
  const target = parent[key];
  if (how === 'set') parent[key] = junk;
  else if (how === 'delete' && Array.isArray(parent)) parent.splice(Number(key), 1);
  else if (how === 'delete') delete parent[key];
  else if (isNode(target)) target.unknownKey = junk;
}

const tokenMarker = ['$', '{Token[X]}'].join('');
const junk = fc.constantFrom<unknown>(
  ...[null, -1, 0, 7, 1e9, true, [], {}, ['x', 1]],
  ...['', 'x', 'a b/C', tokenMarker, 'x'.repeat(1100)],
);
const edit = fc.record({ place: fc.nat(), how: fc.constantFrom('set', 'delete', 'add'), junk });

/** Copies of `value` with one to three places set to junk, deleted, or given an unknown key. */
function broken(value: unknown, runs: number): unknown[] {
  const places = placesOf(value);
  const edits = fc.array(edit, { minLength: 1, maxLength: 3 });
  return fc.sample(edits, { seed: 14, numRuns: runs }).map((list) => {
    const copy = structuredClone(value);
    for (const { place, how, junk } of list)
      breakAt(copy, places[place % places.length]!, how, junk);
    return copy;
  });
}

/** The findings of rendering a design and of importing what it renders. */
function findingsOf(design: Design): Finding[] {
  const result = render(design);
  const imported = result.cfnJson === undefined ? [] : importText(result.cfnJson).findings;
  return [...result.findings, ...imported];
}

function allFindings(): Finding[] {
  const designs = fixtures.flatMap((f) => [f, ...broken(f, 10)]).map((input) => parseDesign(input));
  const random = fc.sample(fullDesignArbitrary, { seed: 14, numRuns: 300 });
  const valid = [...designs.flatMap((p) => (p.design ? [p.design] : [])), ...random];
  const templates = fixtures.flatMap((f) => render(parseDesign(f).design!).template ?? []);
  const imports = [...templates, lifecyclePolicy].flatMap((t) => broken(t, 10));
  const images = { repositoryName: 'web-app', manifests: broken(batchGetImage, 1)[0] };
  return [
    ...designs.flatMap((p) => p.findings),
    ...valid.flatMap(findingsOf),
    ...imports.flatMap((t) => importText(JSON.stringify(t)).findings),
    ...broken(describeImages, 100).flatMap((pages) => readImages(pages, images).findings),
    ...inUse
      .flatMap((i) => broken(i, 20))
      .flatMap((i) => readInUseText(JSON.stringify(i)).findings),
  ];
}

/** True when all texts hold one run of `length` characters (a number counts as one `#`). */
function shareText(texts: readonly string[], length: number): boolean {
  const masked = [...new Set(texts.map((t) => t.replace(/\d+/g, '#')))];
  const shortest = masked.reduce((a, b) => (a.length <= b.length ? a : b));
  for (let start = 0; start + length <= shortest.length; start++) {
    const part = shortest.slice(start, start + length);
    if (masked.every((text) => text.includes(part))) return true;
  }
  return false;
}

describe('finding codes', () => {
  it('are declared once each: distinct kebab-case values, no name in two registries', () => {
    const parts = [
      designCodes,
      cdkCodes,
      lifecycleCodes,
      importCodes,
      previewCodes,
      outputCodes,
      registryCodes,
    ];
    const declared = parts.flatMap((part) => Object.keys(part));
    expect(new Set(declared).size).toBe(declared.length);
    const values = Object.values(FindingCode);
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  it('name one kind each: one severity, one origin, a shared message text', () => {
    const findings = allFindings();
    const known = new Set<string>(Object.values(FindingCode));
    expect(findings.filter((f) => !known.has(f.code))).toEqual([]);
    const byCode = new Map<string, Finding[]>();
    for (const finding of findings) {
      const same = byCode.get(finding.code);
      if (same) same.push(finding);
      else byCode.set(finding.code, [finding]);
    }
    const mixed = [...byCode].flatMap(([code, findings]) => {
      const kinds = new Set(findings.map((f) => `${f.severity} ${f.origin}`));
      const messages = findings.slice(0, 200).map((f) => f.message);
      return kinds.size === 1 && shareText(messages, 6) ? [] : [[code, [...kinds], messages]];
    });
    expect(mixed).toEqual([]);
    // The inputs reach far enough for the check to mean something.
    expect(byCode.size).toBeGreaterThan(90);
  });
});
