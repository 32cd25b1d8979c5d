/**
 * `npm run bench`: the engine against aws-cdk-lib on the same designs, in one run, as ratios.
 * (a) the seed lifecycle design, (b) 50 repositories × 20 rules, each rendered afresh and after a
 * keystroke (what the app renders as a person types). Then the lifecycle preview under
 * 20 rules: (c) 10,000 images, (d) 100,000 read from describe-images text, (e) their timeline over
 * 365 days, (f) the whole previewReport of both. Writes bench-results/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { transformSync } from 'esbuild';
import {
  type Design,
  generateSampleImages,
  previewReport,
  readImagesText,
  render,
  type SampleImage,
  simulate,
  simulateTimeline,
} from '../engine/index';
import { loadStackClass } from '../oracle/synthCdk';
import { largeDesign, seedLifecycleDesign } from './designs';

const requireFromRoot = createRequire(resolve('package.json'));
const cdk = requireFromRoot('aws-cdk-lib') as typeof import('aws-cdk-lib');
const flags = requireFromRoot('aws-cdk-lib/recommended-feature-flags.json') as Record<
  string,
  unknown
>;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median milliseconds of `fn` over `runs` runs after `warmup` runs. */
function time(fn: () => void, runs: number, warmup = Math.ceil(runs / 5)): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * Median milliseconds of a render of a design no render has seen (a structured clone, made
 * beforehand): the render keeps its work per design object, so the same design again costs
 * almost nothing.
 */
function timeFreshRender(design: Design, runs: number): number {
  const warmup = Math.ceil(runs / 5);
  const clones = Array.from({ length: warmup + runs }, () => structuredClone(design));
  return time(() => render(clones.pop()!), runs, warmup);
}

/**
 * Median milliseconds of the render the app makes for a keystroke: the repository name of one
 * repository edited (a new object for it, the others kept, as the app's reducer does), with the
 * CloudFormation JSON tab on screen. The designs are made beforehand.
 */
function timeKeystrokeRender(design: Design, runs: number): number {
  const warmup = Math.ceil(runs / 5);
  let current = design;
  render(current, { outputs: ['cfnJson'] });
  const edited = Array.from({ length: warmup + runs }, (_, i) => {
    const repositories = [...current.repositories];
    const index = i % repositories.length;
    const repository = repositories[index]!;
    repositories[index] = {
      ...repository,
      repositoryName: `${repository.repositoryName}${i % 10}`,
    };
    current = { ...current, repositories };
    return current;
  }).reverse();
  return time(() => render(edited.pop()!, { outputs: ['cfnJson'] }), runs, warmup);
}

/** Everything the benchmark writes (designs, scripts, cloud assemblies); removed at the end. */
const benchDir = mkdtempSync(join(tmpdir(), 'ecr-bench-'));
/** One cloud assembly folder for every synth: without an outdir CDK leaves a cdk.out* per synth. */
const outdir = join(benchDir, 'cdk.out');

function synthOnce(Stack: ReturnType<typeof loadStackClass>, stackName: string): void {
  const app = new cdk.App({ analyticsReporting: false, context: flags, outdir });
  new Stack(app, stackName);
  app.synth();
}

function warmSynth(design: Design, validation: boolean, runs: number): number {
  const stackName = design.stackName ?? 'EcrStack';
  const Stack = loadStackClass(render(design).cdkTypescript, stackName);
  process.env.CDK_VALIDATION = validation ? 'true' : 'false';
  try {
    return time(() => synthOnce(Stack, stackName), runs, 3);
  } finally {
    delete process.env.CDK_VALIDATION;
  }
}

/** Median wall time of a fresh node process, in milliseconds. */
function coldProcess(args: string[], runs: number, env: NodeJS.ProcessEnv = process.env): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    samples.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  }
  return median(samples);
}

/** A plain node script that synthesizes the design with aws-cdk-lib (the stack pre-transpiled to JS). */
function writeCdkScript(dir: string, design: Design): string {
  const stackName = design.stackName ?? 'EcrStack';
  const stackModule = join(dir, 'stack.cjs');
  writeFileSync(
    stackModule,
    transformSync(render(design).cdkTypescript, { loader: 'ts', format: 'cjs' }).code,
  );
  const script = join(dir, 'synth.cjs');
  writeFileSync(
    script,
    `const { createRequire } = require('node:module');
const r = createRequire(${JSON.stringify(resolve('package.json'))});
require('node:module').Module._initPaths();
const cdk = r('aws-cdk-lib');
const Module = require('node:module');
const m = new Module(${JSON.stringify(stackModule)});
m.paths = Module._nodeModulePaths(${JSON.stringify(resolve('.'))});
m._compile(require('node:fs').readFileSync(${JSON.stringify(stackModule)}, 'utf8'), ${JSON.stringify(stackModule)});
const app = new cdk.App({ analyticsReporting: false, context: r('aws-cdk-lib/recommended-feature-flags.json'), outdir: ${JSON.stringify(join(dir, 'cdk.out'))} });
new m.exports[${JSON.stringify(stackName)}](app, ${JSON.stringify(stackName)});
process.stdout.write(JSON.stringify(app.synth().getStackByName(${JSON.stringify(stackName)}).template));
`,
  );
  return script;
}

interface CaseResult {
  name: string;
  engineMs: number;
  keystrokeMs: number;
  synthMs: number;
  synthNoValidationMs: number;
  coldCliMs: number;
  coldCdkMs: number;
  coldCdkNoValidationMs: number;
}

function benchCase(
  name: string,
  design: Design,
  engineRuns: number,
  synthRuns: number,
): CaseResult {
  const dir = mkdtempSync(join(benchDir, 'case-'));
  const designFile = join(dir, 'design.json');
  writeFileSync(designFile, JSON.stringify(design));
  const script = writeCdkScript(dir, design);
  const noValidation = { ...process.env, CDK_VALIDATION: 'false' };
  return {
    name,
    engineMs: timeFreshRender(design, engineRuns),
    keystrokeMs: timeKeystrokeRender(design, engineRuns),
    synthMs: warmSynth(design, true, synthRuns),
    synthNoValidationMs: warmSynth(design, false, synthRuns),
    coldCliMs: coldProcess(
      ['bin/ecr-designer.js', 'render', designFile, '--format', 'cfn-json'],
      7,
    ),
    coldCdkMs: coldProcess([script], 3),
    coldCdkNoValidationMs: coldProcess([script], 3, noValidation),
  };
}

const results = [
  benchCase('(a) seed lifecycle design', seedLifecycleDesign(), 2000, 40),
  benchCase('(b) 50 repositories × 20 rules', largeDesign(), 60, 8),
];

const simulateNow = Date.parse('2025-06-30T00:00:00Z');

/** `sets` generated histories (CI, releases, untagged) of up to 1,000 images each, `spacingDays` apart. */
function generatedImages(sets: number, spacingDays: number) {
  return Array.from({ length: sets }, (_, seed) =>
    generateSampleImages(
      {
        days: 400,
        ciPushesPerDay: 20,
        releasesPerWeek: 2,
        untaggedPerDay: 3,
        pulledShare: 0.3,
        seed,
      },
      simulateNow - seed * spacingDays * 86_400_000,
    ),
  ).flat();
}

/** The large design's first repository: 20 lifecycle rules. */
function oneRepository(): Design {
  const large = largeDesign();
  return { ...large, repositories: large.repositories.slice(0, 1) };
}

/** The lifecycle preview: 10,000 images under the large design's 20 rules. */
function benchSimulate(): { name: string; images: number; rules: number; engineMs: number } {
  const now = simulateNow;
  const images = generatedImages(10, 40);
  const design = oneRepository();
  const rules = design.repositories[0]!.lifecycleRules?.length ?? 0;
  const check = simulate(design, undefined, images, now);
  if (!check.ok) throw new Error(`simulate failed: ${check.message}`);
  const engineMs = time(() => simulate(design, undefined, images, now), 40);
  return {
    name: `(c) simulate ${images.length} images × ${rules} rules`,
    images: images.length,
    rules,
    engineMs,
  };
}

const simulation = benchSimulate();

/**
 * A repository at ECR's default quota: 100,000 images as `aws ecr describe-images` (CLI v2)
 * prints them, read from text (JSON parse and conversion), then simulated under 20 rules.
 */
function benchDescribeImages() {
  const now = simulateNow;
  const generated = generatedImages(100, 4).slice(0, 100_000);
  const imageDetails = generated.map((image, i) => ({
    registryId: '123456789012',
    repositoryName: 'bench',
    imageDigest: `sha256:${i.toString(16).padStart(64, '0')}`,
    ...(image.tags.length > 0 && { imageTags: image.tags }),
    imageSizeInBytes: 50_000_000 + i,
    imagePushedAt: image.pushedAt.replace('Z', '+00:00'),
    imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
    ...(image.lastPulledAt && { lastRecordedPullTime: image.lastPulledAt.replace('Z', '+00:00') }),
    imageStatus: 'ACTIVE',
  }));
  const text = JSON.stringify({ imageDetails }, null, 4);
  const read = readImagesText(text);
  if (!read.images) throw new Error(`describe-images did not read: ${read.findings[0]?.message}`);
  const design = oneRepository();
  const images = read.images;
  const check = simulate(design, undefined, images, now);
  if (!check.ok) throw new Error(`simulate failed: ${check.message}`);
  return {
    images,
    result: {
      name: `(d) describe-images, ${images.length.toLocaleString('en-US')} images (${(text.length / 1e6).toFixed(0)} MB) × 20 rules`,
      parseMs: time(() => readImagesText(text), 5, 1),
      simulateMs: time(() => simulate(design, undefined, images, now), 10, 2),
    },
  };
}

const { images: describedImages, result: describeImages } = benchDescribeImages();

/** `simulate --days 365` on the describe-images repository: the policy run daily for a year. */
function benchTimeline(): { name: string; days: number; engineMs: number } {
  const days = 365;
  const design = oneRepository();
  const run = () => simulateTimeline(design, undefined, describedImages, simulateNow, days);
  const check = run();
  if (!check.ok) throw new Error(`timeline failed: ${check.message}`);
  return {
    name: `(e) timeline --days ${days}, ${describedImages.length.toLocaleString('en-US')} images × 20 rules`,
    days,
    engineMs: time(run, 5, 1),
  };
}

const timeline = benchTimeline();

/** The whole preview (outcomes, summary, assumptions) as simulate prints it and the panel shows it. */
function benchPreview(images: SampleImage[], runs: number): { images: number; engineMs: number } {
  const inputs = { design: oneRepository(), repositoryIndex: 0, images, now: simulateNow };
  const check = previewReport(inputs);
  if (!check.ok) throw new Error(`previewReport failed: ${check.message}`);
  return { images: images.length, engineMs: time(() => previewReport(inputs), runs) };
}

const preview = [benchPreview(generatedImages(10, 40), 40), benchPreview(describedImages, 10)];
rmSync(benchDir, { recursive: true, force: true });

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(0)}×`;
console.log(
  '| case | engine render (all outputs) | render after a keystroke (CFN JSON on screen) | warm synth | warm synth, CDK_VALIDATION=false | engine vs synth | engine vs synth w/o validation | cold CLI | cold aws-cdk-lib | cold w/o validation | cold CLI vs cold CDK |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.name} | ${fmt(r.engineMs)} | ${fmt(r.keystrokeMs)} | ${fmt(r.synthMs)} | ${fmt(r.synthNoValidationMs)} | ${ratio(r.synthMs, r.engineMs)} | ${ratio(r.synthNoValidationMs, r.engineMs)} | ${fmt(r.coldCliMs)} | ${fmt(r.coldCdkMs)} | ${fmt(r.coldCdkNoValidationMs)} | ${(r.coldCdkMs / r.coldCliMs).toFixed(1)}× |`,
  );
}
console.log(`\n| ${simulation.name} | ${fmt(simulation.engineMs)} median (target < 20 ms) |`);
console.log(
  `| ${describeImages.name} | read ${fmt(describeImages.parseMs)}, simulate ${fmt(describeImages.simulateMs)} median (target < 100 ms) |`,
);
console.log(`| ${timeline.name} | ${fmt(timeline.engineMs)} median |`);
console.log(
  `| (f) previewReport, ${preview.map((p) => p.images.toLocaleString('en-US')).join(' / ')} images × 20 rules | ${preview.map((p) => fmt(p.engineMs)).join(' / ')} median |`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results, simulation, describeImages, timeline, preview }, null, 2)}\n`,
);
console.log(
  '\nwritten: bench-results/bench.json (targets: engine ≥ 100× warm synth without validation; cold CLI ≥ 5× faster than cold aws-cdk-lib)',
);
