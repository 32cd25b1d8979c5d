/**
 * Runs CDK TypeScript source through the real aws-cdk-lib and returns what it
 * synthesizes or throws. This is the oracle of every *.oracle.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const requireFromRoot = createRequire(new URL('../package.json', import.meta.url));
const cdk = requireFromRoot('aws-cdk-lib') as typeof import('aws-cdk-lib');
const recommendedFlags = requireFromRoot('aws-cdk-lib/recommended-feature-flags.json') as Record<
  string,
  unknown
>;

export type SynthResult =
  | { ok: true; template: unknown; warnings: string[] }
  | { ok: false; phase: 'construct' | 'synth' | 'validation'; messages: string[] };

type StackClass = new (scope: unknown, id: string) => unknown;

/** Transpiles a stack module and returns its exported Stack subclass. */
export function loadStackClass(source: string, className: string): StackClass {
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs' });
  const module = { exports: {} as Record<string, unknown> };
  new Function('require', 'module', 'exports', code)(requireFromRoot, module, module.exports);
  const stackClass = module.exports[className];
  if (typeof stackClass !== 'function') throw new Error(`module does not export ${className}`);
  return stackClass as StackClass;
}

/**
 * Synthesizes the stack the way product.md defines the reference setup, or, with `asCdkCli`,
 * as `cdk synth` does by default: with each resource's construct path in its Metadata and the
 * CDKMetadata analytics resource.
 */
export function synthStack(
  source: string,
  className: string,
  stackId = className,
  asCdkCli = false,
): SynthResult {
  const Stack = loadStackClass(source, className);
  return synthWith((app) => new Stack(app, stackId), stackId, asCdkCli);
}

/**
 * Builds a stack into a fresh App of the reference setup (`build` throwing is the construct
 * phase), synthesizes it and reads the template or the failure.
 */
export function synthWith(
  build: (app: import('aws-cdk-lib').App) => void,
  stackId: string,
  asCdkCli = false,
): SynthResult {
  const context = asCdkCli
    ? { ...recommendedFlags, 'aws:cdk:enable-path-metadata': true }
    : recommendedFlags;
  // Without an outdir CDK makes a cdk.out* folder in the temp directory per synth and never
  // removes it. This one goes once the template and any validation report have been read.
  const outdir = mkdtempSync(join(tmpdir(), 'ecr-oracle-synth-'));
  try {
    const app = new cdk.App({ analyticsReporting: asCdkCli, context, outdir });
    try {
      build(app);
    } catch (error) {
      return { ok: false, phase: 'construct', messages: [messageOf(error)] };
    }
    return synthApp(app, stackId);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Reads everything it returns from the assembly on disk before returning: the caller removes it. */
function synthApp(app: import('aws-cdk-lib').App, stackId: string): SynthResult {
  try {
    const assembly = app.synth();
    const stack = assembly.getStackByName(stackId);
    const warnings = stack.messages
      .filter((m) => m.level === 'warning')
      .map((m) => String(m.entry.data));
    // `template` is read from the assembly folder on first access.
    return { ok: true, template: stack.template, warnings };
  } catch (error) {
    // CDK writes the validation report into the assembly folder, i.e. under `outdir`.
    const report = validationReportPath(messageOf(error));
    if (report === undefined) return { ok: false, phase: 'synth', messages: [messageOf(error)] };
    return { ok: false, phase: 'validation', messages: readViolations(report) };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function validationReportPath(message: string): string | undefined {
  return /A copy of this report can be found in: (\S+)/.exec(message)?.[1];
}

interface ValidationReport {
  pluginReports: { violations: { description: string; severity: string }[] }[];
}

function readViolations(path: string): string[] {
  const report = JSON.parse(readFileSync(path, 'utf8')) as ValidationReport;
  return report.pluginReports.flatMap((plugin) =>
    plugin.violations.filter((v) => v.severity === 'error').map((v) => v.description),
  );
}
