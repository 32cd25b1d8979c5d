/**
 * The rules by which an engine render and an aws-cdk-lib synth agree, whichever stack was
 * synthesized (the engine's own CDK TypeScript, or the independent interpreter's): where CDK
 * throws, the engine reports the same message in the same phase; where it synthesizes, the
 * engine reports no CDK error and the warnings CDK annotates that the engine models.
 */
import type { Finding, RenderResult } from '../engine/index';
import type { SynthResult } from './synthCdk';

export type OutcomeKind = 'template' | 'construct-error' | 'synth-error' | 'validation-error';

function errorsOf(findings: readonly Finding[], origin: Finding['origin']): string[] {
  return findings
    .filter((f) => f.severity === 'error' && f.origin === origin)
    .map((f) => f.message);
}

export const uniqueSorted = (messages: readonly string[]) =>
  [...new Set(messages)].sort().join('\n');

/** Token resolution errors come wrapped as `Resolution error: ` (three times) with `...` appended. */
const unwrapResolution = (message: string) =>
  message.replace(/^(Resolution error: )+/, '').replace(/\.\.\.$/, '');

const nodeValidationHeader = 'Validation failed with the following errors:\n';

/** Node validations (addValidation) fail the synth with one `  [path] message` line each. */
function nodeValidationMessages(message: string): string[] | undefined {
  if (!message.startsWith(nodeValidationHeader)) return undefined;
  return message
    .slice(nodeValidationHeader.length)
    .split('\n  [')
    .map((line) => line.replace(/^ {2}\[/, '').replace(/^[^\]]*\] /, ''));
}

/**
 * Resolving the renamed logical IDs and merging resources into the template fail after every
 * node validation passed, then the
 * stack's resource limit, and the template validation's walk of the tree (a scope's default
 * child) after that.
 */
const afterValidationMessage =
  /^(Two objects have been assigned the same Logical ID: |Logical ID must adhere to |section '(Resources|Outputs)' already contains |Number of resources in stack |Cannot determine default child for )/;

/** The warnings CDK annotates that the engine reproduces (others, e.g. Lambda environment notes, hold tokens). */
const modelledWarning = /\[ack: @aws-cdk\/(aws-ecr:|aws-iam:rolePolicy(Too)?Large\])/;

/**
 * Tokens resolve first (lifecycle errors), then every node validation is reported at once in
 * construct-tree order; merging duplicate logical IDs and the default children come last.
 */
function synthAgrees(thrown: string, engine: readonly string[]): boolean {
  const validations = nodeValidationMessages(thrown);
  if (validations === undefined) return unwrapResolution(thrown) === engine[0];
  const rest = engine.slice(validations.length);
  return (
    validations.join('\n') === engine.slice(0, validations.length).join('\n') &&
    rest.every((m) => afterValidationMessage.test(m))
  );
}

function errorVerdict(findings: readonly Finding[], cdk: SynthResult): OutcomeKind | string {
  const construct = errorsOf(findings, 'cdk');
  const synth = errorsOf(findings, 'cdk-synth');
  const validation = errorsOf(findings, 'cdk-validate');
  if (construct.length > 0)
    return !cdk.ok && cdk.phase === 'construct' && cdk.messages[0] === construct[0]
      ? 'construct-error'
      : `expected CDK to throw: ${construct[0]}`;
  if (synth.length > 0)
    return !cdk.ok && cdk.phase === 'synth' && synthAgrees(cdk.messages[0]!, synth)
      ? 'synth-error'
      : `expected the synth to fail with: ${synth.join(' | ')}`;
  // The validation plugin reports a description once, however many resources fail it.
  return !cdk.ok &&
    cdk.phase === 'validation' &&
    uniqueSorted(cdk.messages) === uniqueSorted(validation)
    ? 'validation-error'
    : `expected template validation to fail with: ${validation.join(' | ')}`;
}

function templateVerdict(result: RenderResult, cdk: SynthResult): OutcomeKind | string {
  if (!cdk.ok) return 'the engine reports no CDK error but aws-cdk-lib failed';
  if (result.template === undefined) return 'the engine produced no template';
  const engineWarnings = result.findings
    .filter((f) => f.severity === 'warning' && f.origin === 'cdk')
    .map((f) => f.message);
  if (
    uniqueSorted(cdk.warnings.filter((w) => modelledWarning.test(w))) !==
    uniqueSorted(engineWarnings)
  )
    return `CDK's warnings differ: ${JSON.stringify(cdk.warnings)}`;
  return 'template';
}

/** The kind of outcome both sides agree on, or what they disagree about. */
export function judgeSynth(result: RenderResult, cdk: SynthResult): OutcomeKind | string {
  if (errorsOf(result.findings, 'design').length > 0)
    return 'the oracle only takes designs the format accepts';
  const blocked = result.findings.some(
    (f) => f.severity === 'error' && ['cdk', 'cdk-synth', 'cdk-validate'].includes(f.origin),
  );
  return blocked ? errorVerdict(result.findings, cdk) : templateVerdict(result, cdk);
}

export const isOutcome = (verdict: string): verdict is OutcomeKind =>
  ['template', 'construct-error', 'synth-error', 'validation-error'].includes(verdict);

/** The explanation of a disagreement: the design, what aws-cdk-lib did, the engine's findings. */
export function disagreement(
  what: string,
  design: unknown,
  cdk: SynthResult,
  result: RenderResult,
): Error {
  return new Error(
    `${what}\n--- design\n${JSON.stringify(design, null, 2)}\n--- aws-cdk-lib\n${JSON.stringify(cdk, null, 2)}\n--- engine findings\n${JSON.stringify(result.findings, null, 2)}`,
  );
}
